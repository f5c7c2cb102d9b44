package org.amparo.core.monitoring;

import static org.amparo.core.testing.LegalTestbed.ALICE;
import static org.amparo.core.testing.LegalTestbed.BOB;
import static org.amparo.core.testing.LegalTestbed.OSCAR;
import static org.amparo.core.testing.MonitoringTestbed.keepApart;
import static org.amparo.core.testing.MonitoringTestbed.silence;
import static org.amparo.core.testing.MonitoringTestbed.stayWithin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditResult;
import org.amparo.core.device.DeviceId;
import org.amparo.core.engine.Outcome;
import org.amparo.core.geo.rule.Hysteresis;
import org.amparo.core.geo.rule.Rule;
import org.amparo.core.geo.rule.RuleKind;
import org.amparo.core.geo.rule.WeeklySchedule;
import org.amparo.core.geo.rule.WeeklyWindow;
import org.amparo.core.legal.DataSubjectCategory;
import org.amparo.core.legal.Purpose;
import org.amparo.core.testing.MonitoringTestbed;
import org.amparo.core.testing.MonitoringTestbed.Monitored;
import org.junit.jupiter.api.Test;

class MonitoringServiceTest {
    private final MonitoringTestbed t = new MonitoringTestbed();

    private Outcome<MonitoringOrderDefinition> create(Monitored m, RuleSpec... rules) {
        return t.monitoring.create(
                ALICE, new NewMonitoringOrder(m.authorization().id(), m.subject(), m.device(), List.of(rules)));
    }

    @Test
    void createsAnOrderForABoundDeviceAndHandsItToTheEngine() {
        Monitored m = t.monitored(DataSubjectCategory.CONVICTED, Purpose.ELECTRONIC_MONITORING_ORDER);
        ZoneDefId home = t.home();
        MonitoringOrderDefinition order = create(m, stayWithin("r1", home), silence("r2", Duration.ofMinutes(15)))
                .orElseThrow();
        assertThat(t.orders.active()).containsExactly(order);
        assertThat(t.started).singleElement().satisfies(engine -> {
            assertThat(engine.id()).isEqualTo(order.id().toString());
            assertThat(engine.subjectDeviceId()).isEqualTo(m.device().toString());
            assertThat(engine.rules()).hasSize(2).first().isInstanceOf(Rule.StayWithin.class);
        });
        assertThat(t.bed.audit.entries())
                .filteredOn(e -> e.record().objectType() == AuditObjectType.MONITORING_ORDER)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.record().result()).isEqualTo(AuditResult.SUCCESS);
                    assertThat(e.record().authorizationId())
                            .isEqualTo(m.authorization().id().toString());
                });
        assertThat(t.monitoring.activeOrders()).singleElement().satisfies(entry -> assertThat(
                        entry.getValue().id())
                .isEqualTo(order.id().toString()));
    }

    @Test
    void refusesWrongRolesSubjectsDevicesAndAuthorizations() {
        Monitored m = t.monitored(DataSubjectCategory.CONVICTED, Purpose.ELECTRONIC_MONITORING_ORDER);
        Monitored other = t.monitored(DataSubjectCategory.CONVICTED, Purpose.ELECTRONIC_MONITORING_ORDER);
        ZoneDefId home = t.home();
        RuleSpec rule = stayWithin("r1", home);

        assertThat(t.monitoring.create(
                        OSCAR, new NewMonitoringOrder(m.authorization().id(), m.subject(), m.device(), List.of(rule))))
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(t.monitoring.create(
                        ALICE,
                        new NewMonitoringOrder(m.authorization().id(), m.subject(), other.device(), List.of(rule))))
                .as("a device bound to someone else")
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(t.monitoring.create(
                        ALICE,
                        new NewMonitoringOrder(m.authorization().id(), other.subject(), other.device(), List.of(rule))))
                .as("an authorization naming someone else")
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(t.monitoring.create(
                        ALICE,
                        new NewMonitoringOrder(
                                m.authorization().id(), m.subject(), new DeviceId(UUID.randomUUID()), List.of(rule))))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(create(m, stayWithin("r1", new ZoneDefId(UUID.randomUUID()))))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(create(m)).isInstanceOf(Outcome.Invalid.class);

        t.bed.service.revoke(BOB, m.authorization().id(), "measure lifted").orElseThrow();
        assertThat(create(m, rule)).isInstanceOf(Outcome.Conflict.class);

        assertThat(t.bed.audit.entries())
                .filteredOn(e -> e.record().objectType() == AuditObjectType.MONITORING_ORDER)
                .extracting(e -> e.record().result())
                .hasSize(7)
                .containsOnly(AuditResult.DENIED);
        assertThat(t.orders.active()).isEmpty();
        assertThat(t.started).isEmpty();
    }

    @Test
    void keepApartProtectsOnlyAVictimUnderTheirOwnMonitoringAuthorization() {
        Monitored offender = t.monitored(DataSubjectCategory.CONVICTED, Purpose.ELECTRONIC_MONITORING_ORDER);
        Monitored victim = t.monitored(DataSubjectCategory.VICTIM, Purpose.ELECTRONIC_MONITORING_ORDER);
        Monitored missing = t.monitored(DataSubjectCategory.MISSING_PERSON, Purpose.VICTIM_OR_MISSING_PERSON_SEARCH);

        assertThat(create(offender, keepApart("r1", missing.device(), 500)))
                .as("not a victim's electronic-monitoring device")
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(create(offender, keepApart("r1", new DeviceId(UUID.randomUUID()), 500)))
                .isInstanceOf(Outcome.NotFound.class);
        MonitoringOrderDefinition order =
                create(offender, keepApart("r1", victim.device(), 500)).orElseThrow();
        assertThat(t.started.getLast().rules())
                .singleElement()
                .isInstanceOfSatisfying(Rule.KeepApart.class, k -> assertThat(k.protectedDeviceId())
                        .isEqualTo(victim.device().toString()));
        assertThat(order.rules().getFirst().protectedDeviceId()).isEqualTo(victim.device());
    }

    @Test
    void ordersEndWithTheirAuthorization() {
        Monitored m = t.monitored(DataSubjectCategory.CONVICTED, Purpose.ELECTRONIC_MONITORING_ORDER);
        MonitoringOrderDefinition order =
                create(m, silence("r1", Duration.ofMinutes(10))).orElseThrow();
        assertThat(t.monitoring.authorizationEnded(m.authorization().id())).isEqualTo(1);
        assertThat(t.monitoring.authorizationEnded(m.authorization().id())).isZero();
        assertThat(t.ended).containsExactly(order.id());
        assertThat(t.orders.find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.ENDED);
        assertThat(t.bed.audited(AuditAction.UPDATE, AuditResult.SUCCESS))
                .filteredOn(e -> e.record().objectType() == AuditObjectType.MONITORING_ORDER)
                .hasSize(1);
    }

    @Test
    void zonesAreDefinedByInvestigatorsAndReadByOperators() {
        ZoneDefId home = t.home();
        assertThat(t.monitoring.zone(OSCAR, home)).isInstanceOf(Outcome.Done.class);
        assertThat(t.monitoring.createZone(
                        OSCAR, "Park", new ZoneShape.Circle(new org.amparo.core.geo.GeoPoint(0, 0), 10)))
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(t.monitoring.createZone(
                        ALICE, " ", new ZoneShape.Circle(new org.amparo.core.geo.GeoPoint(0, 0), 10)))
                .isInstanceOf(Outcome.Invalid.class);
    }

    @Test
    void ruleSpecsRefuseMissingAndForeignFields() {
        ZoneDefId zone = new ZoneDefId(UUID.randomUUID());
        assertThatThrownBy(() ->
                        new RuleSpec("r1", RuleKind.STAY_OUT, List.of(), null, null, null, null, Hysteresis.NONE, null))
                .hasMessageContaining("zone");
        assertThatThrownBy(() -> new RuleSpec(
                        "r1",
                        RuleKind.SILENCE,
                        List.of(zone),
                        null,
                        null,
                        Duration.ofMinutes(1),
                        null,
                        Hysteresis.NONE,
                        null))
                .hasMessageContaining("no zones");
        assertThatThrownBy(() -> new RuleSpec(
                        "r1", RuleKind.CURFEW, List.of(zone), null, null, null, null, Hysteresis.NONE, null))
                .hasMessageContaining("schedule");
        assertThatThrownBy(() -> new RuleSpec(
                        "r1", RuleKind.LOW_BATTERY, List.of(), null, null, null, 100.0, Hysteresis.NONE, null))
                .hasMessageContaining("thresholdPercent");
    }

    @Test
    void schedulesRoundTripAsText() {
        WeeklySchedule schedule = new WeeklySchedule(
                ZoneId.of("America/Guayaquil"),
                List.of(
                        new WeeklyWindow(
                                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                                LocalTime.of(22, 0),
                                LocalTime.of(6, 0)),
                        new WeeklyWindow(Set.of(DayOfWeek.SUNDAY), LocalTime.of(0, 0), LocalTime.of(12, 30))));
        String text = ScheduleText.format(schedule);
        assertThat(text).isEqualTo("America/Guayaquil;MONDAY,FRIDAY@22:00-06:00;SUNDAY@00:00-12:30");
        assertThat(ScheduleText.parse(text)).isEqualTo(schedule);
        assertThatThrownBy(() -> ScheduleText.parse("America/Guayaquil")).isInstanceOf(IllegalArgumentException.class);
    }
}
