package org.amparo.store.monitoring;

import static org.amparo.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.amparo.core.geo.rule.Dwell;
import org.amparo.core.geo.rule.Hysteresis;
import org.amparo.core.geo.rule.RuleKind;
import org.amparo.core.geo.rule.WeeklySchedule;
import org.amparo.core.geo.rule.WeeklyWindow;
import org.amparo.core.monitoring.MonitoringOrderDefinition;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.amparo.core.monitoring.OrderStatus;
import org.amparo.core.monitoring.ProtectedChannel;
import org.amparo.core.monitoring.RuleSpec;
import org.amparo.core.monitoring.ZoneDefId;
import org.amparo.core.monitoring.ZoneDefinition;
import org.amparo.core.monitoring.ZoneShape;
import org.amparo.store.DatabaseTestBase;
import org.amparo.store.Fixtures;
import org.amparo.store.monitoring.MonitoringRows.Parties;
import org.junit.jupiter.api.Test;

/** The contract of the zone and monitoring-order stores, run against every database. */
abstract class MonitoringStoreContractTest extends DatabaseTestBase {

    @Test
    void zonesRoundTripAsCirclesAndPolygons() {
        JdbcZoneStore zones = new JdbcZoneStore(dataSource());
        ZoneDefinition circle = MonitoringRows.circle(dataSource());
        ZoneDefinition park = new ZoneDefinition(
                new ZoneDefId(UUID.randomUUID()),
                "Parque Calderón",
                new ZoneShape.Area(Fixtures.area(Fixtures.square(-2.9, -79.0, 0.01))),
                "investigator1",
                T0);
        zones.insert(park);
        assertThat(zones.find(circle.id())).contains(circle);
        assertThat(zones.find(park.id())).contains(park);
        assertThat(zones.find(new ZoneDefId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void ordersRoundTripWithEveryKindOfRuleAndEnd() {
        JdbcMonitoringOrderStore store = new JdbcMonitoringOrderStore(dataSource());
        Parties p = MonitoringRows.parties(dataSource());
        ZoneDefId zone = MonitoringRows.circle(dataSource()).id();
        ZoneDefId other = MonitoringRows.circle(dataSource()).id();
        WeeklySchedule nights = new WeeklySchedule(
                ZoneId.of("America/Guayaquil"),
                List.of(new WeeklyWindow(
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(22, 0), LocalTime.of(6, 0))));
        Hysteresis hysteresis = new Hysteresis(20, new Dwell(Duration.ofSeconds(60), 2));
        List<RuleSpec> rules = List.of(
                new RuleSpec(
                        "r1", RuleKind.STAY_WITHIN, List.of(zone, other), null, null, null, null, hysteresis, nights),
                new RuleSpec("r2", RuleKind.STAY_OUT, List.of(other), null, null, null, null, Hysteresis.NONE, null),
                new RuleSpec("r3", RuleKind.CURFEW, List.of(zone), null, null, null, null, hysteresis, nights),
                new RuleSpec(
                        "r4",
                        RuleKind.KEEP_APART,
                        List.of(),
                        p.other(),
                        500.0,
                        null,
                        null,
                        hysteresis,
                        null,
                        ProtectedChannel.Webhook.of("https://sms-gateway.example/send?to=victim-77")),
                new RuleSpec(
                        "r7",
                        RuleKind.KEEP_APART,
                        List.of(),
                        p.other(),
                        200.0,
                        null,
                        null,
                        hysteresis,
                        null,
                        new ProtectedChannel.Mqtt("amparo/protected/77")),
                new RuleSpec(
                        "r5",
                        RuleKind.SILENCE,
                        List.of(),
                        null,
                        null,
                        Duration.ofMinutes(15),
                        null,
                        Hysteresis.NONE,
                        null),
                new RuleSpec("r6", RuleKind.LOW_BATTERY, List.of(), null, null, null, 15.0, Hysteresis.NONE, null));
        MonitoringOrderDefinition order = MonitoringRows.order(p, rules);
        tx().inTransaction(() -> {
            store.insert(order);
            return null;
        });
        assertThat(store.find(order.id())).contains(order);
        assertThat(store.active()).containsExactly(order);
        assertThat(store.activeUnder(p.authorization().id())).containsExactly(order);
        assertThat(store.find(new MonitoringOrderId(UUID.randomUUID()))).isEmpty();

        assertThat(store.end(order.id(), T0.plusSeconds(60))).isTrue();
        assertThat(store.end(order.id(), T0.plusSeconds(90))).isFalse();
        assertThat(store.active()).isEmpty();
        assertThat(store.find(order.id()).orElseThrow())
                .satisfies(o -> assertThat(o.status()).isEqualTo(OrderStatus.ENDED))
                .isEqualTo(order.ended(T0.plusSeconds(60)));
    }
}
