package org.amparo.store.alert;

import static org.amparo.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.amparo.core.alert.Alert;
import org.amparo.core.alert.AlertId;
import org.amparo.core.alert.AlertNotice;
import org.amparo.core.alert.AlertQuery;
import org.amparo.core.alert.AlertStatus;
import org.amparo.core.alert.AlertType;
import org.amparo.core.alert.ProtectedPersonNotice;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.rule.Hysteresis;
import org.amparo.core.geo.rule.RuleKind;
import org.amparo.core.monitoring.MonitoringOrderDefinition;
import org.amparo.core.monitoring.ProtectedChannel;
import org.amparo.core.monitoring.RuleSpec;
import org.amparo.core.testing.FakeClock;
import org.amparo.store.DatabaseTestBase;
import org.amparo.store.monitoring.JdbcMonitoringOrderStore;
import org.amparo.store.monitoring.MonitoringRows;
import org.amparo.store.monitoring.MonitoringRows.Parties;
import org.junit.jupiter.api.Test;

/** The contract of the alert store and the monitoring eraser, run against every database. */
abstract class AlertStoreContractTest extends DatabaseTestBase {
    private JdbcAlertStore store() {
        return new JdbcAlertStore(dataSource());
    }

    private MonitoringOrderDefinition order() {
        Parties parties = MonitoringRows.parties(dataSource());
        MonitoringOrderDefinition o = MonitoringRows.order(
                parties,
                List.of(new RuleSpec(
                        "r1",
                        RuleKind.SILENCE,
                        List.of(),
                        null,
                        null,
                        Duration.ofMinutes(5),
                        null,
                        Hysteresis.NONE,
                        null)));
        new JdbcMonitoringOrderStore(dataSource()).insert(o);
        return o;
    }

    private Alert raised(MonitoringOrderDefinition o, int minutes, AlertType type) {
        Alert alert = Alert.raised(
                new AlertId(UUID.randomUUID()),
                type,
                o.id(),
                "r1",
                o.subjectId(),
                o.authorizationId(),
                T0.plus(Duration.ofMinutes(minutes)),
                minutes % 2 == 0 ? new GeoPoint(-2.9, -79.0) : null);
        store().insert(alert);
        return alert;
    }

    @Test
    void lifecycleRoundTripsAndOpenAlertIsFoundPerRule() {
        MonitoringOrderDefinition o = order();
        Alert alert = raised(o, 0, AlertType.DEVICE_SILENT);
        assertThat(store().find(alert.id())).contains(alert);
        assertThat(store().findOpen(o.id(), "r1")).contains(alert);
        assertThat(store().findOpen(o.id(), "r2")).isEmpty();

        Alert escalated = alert.escalated(T0.plusSeconds(300));
        store().update(escalated);
        Alert acknowledged = escalated.acknowledged("operator", T0.plusSeconds(400));
        store().update(acknowledged);
        assertThat(store().find(alert.id())).contains(acknowledged);
        Alert resolved = acknowledged.resolved("supervisor", T0.plusSeconds(500), "Batería cambiada — ñandú");
        store().update(resolved);
        assertThat(store().find(alert.id())).contains(resolved);
        assertThat(store().findOpen(o.id(), "r1")).isEmpty();
    }

    @Test
    void listsByFilterNewestFirstAndFindsOverdueOnes() {
        MonitoringOrderDefinition o = order();
        Alert first = raised(o, 0, AlertType.DEVICE_SILENT);
        Alert second = raised(o, 1, AlertType.STAY_WITHIN_BREACH);
        Alert third = raised(o, 2, AlertType.DEVICE_SILENT);
        store().update(third.acknowledged("operator", T0.plusSeconds(200)));

        assertThat(store().list(new AlertQuery(null, null, java.util.Set.of(), 10)))
                .extracting(Alert::id)
                .containsExactly(third.id(), second.id(), first.id());
        assertThat(store().list(new AlertQuery(T0.plusSeconds(60), null, java.util.Set.of(), 10)))
                .extracting(Alert::id)
                .containsExactly(third.id(), second.id());
        assertThat(store().list(new AlertQuery(null, AlertType.DEVICE_SILENT, AlertQuery.only(AlertStatus.RAISED), 10)))
                .extracting(Alert::id)
                .containsExactly(first.id());
        assertThat(store().list(new AlertQuery(null, null, java.util.Set.of(), 1)))
                .hasSize(1);
        assertThat(store().list(new AlertQuery(
                        null, null, java.util.Set.of(AlertStatus.ACKNOWLEDGED, AlertStatus.ESCALATED), 10)))
                .extracting(Alert::id)
                .containsExactly(third.id());
        assertThat(store().raisedUnacknowledgedSince(T0.plusSeconds(60), 10))
                .extracting(Alert::id)
                .containsExactly(first.id(), second.id());
        assertThat(store().forOrder(o.id(), 2)).extracting(Alert::id).containsExactly(third.id(), second.id());
    }

    @Test
    void eraserDeletesAlertsAndOrdersOfOneAuthorizationOnly() {
        MonitoringOrderDefinition erased = order();
        raised(erased, 0, AlertType.DEVICE_SILENT);
        raised(erased, 1, AlertType.DEVICE_SILENT);
        MonitoringOrderDefinition kept = order();
        Alert keptAlert = raised(kept, 0, AlertType.DEVICE_SILENT);

        long deleted =
                tx().inTransaction(() -> new AlertEraser(dataSource()).eraseProducedUnder(erased.authorizationId()));
        assertThat(deleted).isEqualTo(3);
        assertThat(store().forOrder(erased.id(), 10)).isEmpty();
        assertThat(new JdbcMonitoringOrderStore(dataSource()).find(erased.id())).isEmpty();
        assertThat(store().find(keptAlert.id())).isPresent();
        assertThat(new JdbcMonitoringOrderStore(dataSource()).find(kept.id())).isPresent();
    }

    @Test
    void outboxQueuesAgencyNoticesPerChannelAndProtectedNoticesToTheirOwnDestination() {
        MonitoringOrderDefinition o = order();
        Alert alert = raised(o, 2, AlertType.KEEP_APART_BREACH);
        FakeClock clock = new FakeClock(T0.plus(Duration.ofMinutes(3)));
        JdbcAlertOutbox outbox = new JdbcAlertOutbox(dataSource(), List.of("WEBHOOK", "MQTT"), clock);
        outbox.enqueue(AlertNotice.of(alert, clock.instant()));
        outbox.notifyProtected(
                new ProtectedChannel.Mqtt("amparo/protected/77"), ProtectedPersonNotice.of(alert, clock.instant()));

        List<JdbcAlertOutbox.Pending> due = outbox.due(10);
        assertThat(due)
                .extracting(JdbcAlertOutbox.Pending::channel)
                .containsExactlyInAnyOrder("WEBHOOK", "MQTT", "MQTT");
        assertThat(due)
                .filteredOn(pending -> pending.destination() != null)
                .singleElement()
                .satisfies(pending -> {
                    assertThat(pending.destination()).isEqualTo("amparo/protected/77");
                    assertThat(pending.payload()).contains("PROTECTION_ORDER").doesNotContain(o.id().toString());
                });
        JdbcAlertOutbox.Pending first = due.getFirst();
        outbox.failed(first, "HTTP 503");
        assertThat(outbox.due(10)).hasSize(2);
        clock.advance(Duration.ofSeconds(3));
        assertThat(outbox.due(10)).hasSize(3);
        due.forEach(pending -> outbox.delivered(pending.id()));
        assertThat(outbox.undelivered()).isZero();
    }
}
