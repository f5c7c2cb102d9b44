package org.amparo.core.alert;

import static org.amparo.core.testing.LegalTestbed.ALICE;
import static org.amparo.core.testing.LegalTestbed.OSCAR;
import static org.amparo.core.testing.MonitoringTestbed.keepApart;
import static org.amparo.core.testing.MonitoringTestbed.stayWithin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditEntry;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditResult;
import org.amparo.core.engine.Outcome;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.track.Fix;
import org.amparo.core.geo.track.GeofenceEngine;
import org.amparo.core.geo.track.RuleEvent;
import org.amparo.core.legal.DataSubjectCategory;
import org.amparo.core.legal.Purpose;
import org.amparo.core.monitoring.MonitoringOrderDefinition;
import org.amparo.core.monitoring.NewMonitoringOrder;
import org.amparo.core.monitoring.ProtectedChannel;
import org.amparo.core.monitoring.RuleSpec;
import org.amparo.core.testing.MonitoringTestbed;
import org.amparo.core.testing.MonitoringTestbed.Monitored;
import org.amparo.core.transparency.StatisticKind;
import org.junit.jupiter.api.Test;

class AlertServiceTest {
    private static final Actor SUSAN = new Actor("susan", Set.of(Role.SUPERVISOR));
    private static final GeoPoint HOME = new GeoPoint(-2.9001, -79.0059);
    private static final GeoPoint FAR = new GeoPoint(-2.9101, -79.0059);

    private final MonitoringTestbed t = new MonitoringTestbed();
    private final GeofenceEngine engine = new GeofenceEngine(t.bed.clock);
    private final List<Alert> changed = new ArrayList<>();
    private final Monitored offender = t.monitored(DataSubjectCategory.CONVICTED, Purpose.ELECTRONIC_MONITORING_ORDER);

    private MonitoringOrderDefinition stayWithinHome() {
        MonitoringOrderDefinition order = t.monitoring
                .create(
                        ALICE,
                        new NewMonitoringOrder(
                                offender.authorization().id(),
                                offender.subject(),
                                offender.device(),
                                List.of(stayWithin("r1", t.home()))))
                .orElseThrow();
        engine.register(t.started.getLast());
        return order;
    }

    private void fix(String device, GeoPoint where) {
        Instant at = t.bed.clock.advance(Duration.ofMinutes(1));
        engine.accept(new Fix(device, at, where, 10), this::apply);
    }

    private void apply(RuleEvent event) {
        t.alertService.onRuleEvent(event).ifPresent(changed::add);
    }

    @Test
    void breachRaisesOnceAndReturnResolvesIt() {
        MonitoringOrderDefinition order = stayWithinHome();
        String device = offender.device().toString();
        fix(device, HOME);
        fix(device, FAR);
        assertThat(changed).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AlertType.STAY_WITHIN_BREACH);
            assertThat(a.status()).isEqualTo(AlertStatus.RAISED);
            assertThat(a.subjectId()).isEqualTo(offender.subject());
            assertThat(a.authorizationId()).isEqualTo(offender.authorization().id());
            assertThat(a.position()).isEqualTo(FAR);
        });
        RuleEvent repeat = new RuleEvent.BreachStarted(
                order.id().toString(),
                "r1",
                org.amparo.core.geo.rule.RuleKind.STAY_WITHIN,
                t.bed.clock.instant(),
                null);
        assertThat(t.alertService.onRuleEvent(repeat))
                .as("one open alert per order and rule")
                .isEmpty();
        assertThat(t.bed.statistics.events(StatisticKind.ALERT))
                .singleElement()
                .satisfies(e -> assertThat(e.dimension()).isEqualTo("STAY_WITHIN_BREACH"));

        fix(device, HOME);
        assertThat(changed).hasSize(2).last().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AlertStatus.RESOLVED);
            assertThat(a.resolvedBy()).isEqualTo(Alert.SYSTEM);
            assertThat(a.resolutionNote()).isEqualTo(AlertService.AUTO_RESOLUTION);
        });
    }

    @Test
    void operatorsAcknowledgeAndResolveInvestigatorsCannot() {
        stayWithinHome();
        fix(offender.device().toString(), FAR);
        AlertId id = changed.getFirst().id();

        assertThat(t.alertService.acknowledge(ALICE, id)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(t.alertService.list(ALICE, new AlertQuery(null, null, java.util.Set.of(), 10)))
                .isInstanceOf(Outcome.Forbidden.class);
        Alert acknowledged = t.alertService.acknowledge(OSCAR, id).orElseThrow();
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("oscar");
        assertThat(t.alertService.acknowledge(OSCAR, id)).isInstanceOf(Outcome.Conflict.class);
        assertThat(t.alertService.resolve(SUSAN, id, "  ")).isInstanceOf(Outcome.Invalid.class);
        Alert resolved = t.alertService
                .resolve(SUSAN, id, "Subject returned; officer visited")
                .orElseThrow();
        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.resolvedBy()).isEqualTo("susan");
        assertThat(t.alertService.resolve(SUSAN, id, "again")).isInstanceOf(Outcome.Conflict.class);

        assertThat(t.alertService
                        .list(
                                OSCAR,
                                new AlertQuery(
                                        null, AlertType.STAY_WITHIN_BREACH, AlertQuery.only(AlertStatus.RESOLVED), 10))
                        .orElseThrow())
                .extracting(Alert::id)
                .containsExactly(id);
        List<AuditResult> decisions = t.bed.audit.entries().stream()
                .filter(e -> e.record().objectType() == AuditObjectType.ALERT
                        && e.record().action() == AuditAction.UPDATE)
                .map(e -> e.record().result())
                .toList();
        assertThat(decisions)
                .containsExactly(
                        AuditResult.DENIED,
                        AuditResult.SUCCESS,
                        AuditResult.DENIED,
                        AuditResult.DENIED,
                        AuditResult.SUCCESS,
                        AuditResult.DENIED);
    }

    @Test
    void unacknowledgedAlertsEscalateAfterTheTimeout() {
        stayWithinHome();
        fix(offender.device().toString(), FAR);
        Instant raised = changed.getFirst().raisedAt();
        assertThat(t.alertService.escalateOverdue(raised.plus(Duration.ofMinutes(4)), Duration.ofMinutes(5)))
                .isEmpty();
        List<Alert> escalated =
                t.alertService.escalateOverdue(raised.plus(Duration.ofMinutes(5)), Duration.ofMinutes(5));
        assertThat(escalated).singleElement().satisfies(a -> assertThat(a.status())
                .isEqualTo(AlertStatus.ESCALATED));
        assertThat(t.alertService.escalateOverdue(raised.plus(Duration.ofHours(1)), Duration.ofMinutes(5)))
                .as("escalated once")
                .isEmpty();
        assertThat(t.alertService.acknowledge(OSCAR, escalated.getFirst().id())).isInstanceOf(Outcome.Done.class);
    }

    @Test
    void keepApartAlertCarriesTheSubjectsPositionNeverTheVictims() {
        Monitored victim = t.monitored(DataSubjectCategory.VICTIM, Purpose.ELECTRONIC_MONITORING_ORDER);
        t.monitoring
                .create(
                        ALICE,
                        new NewMonitoringOrder(
                                offender.authorization().id(),
                                offender.subject(),
                                offender.device(),
                                List.of(keepApart("r1", victim.device(), 500))))
                .orElseThrow();
        engine.register(t.started.getLast());
        GeoPoint victimAt = new GeoPoint(-2.9001, -79.0059);
        GeoPoint offenderAt = new GeoPoint(-2.9011, -79.0059);
        fix(victim.device().toString(), victimAt);
        fix(offender.device().toString(), offenderAt);
        fix(victim.device().toString(), new GeoPoint(-2.9002, -79.0059));
        assertThat(changed).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AlertType.KEEP_APART_BREACH);
            assertThat(a.subjectId()).isEqualTo(offender.subject());
            assertThat(a.position()).isIn(offenderAt, null);
        });
        Optional<Alert> stored = t.alerts.find(changed.getFirst().id());
        assertThat(stored.orElseThrow().position()).isNotEqualTo(victimAt);
    }

    @Test
    void protectedPersonIsToldOfRaiseAcknowledgementAndEndWithoutAnyPositionOrSubjectData() {
        Monitored victim = t.monitored(DataSubjectCategory.VICTIM, Purpose.ELECTRONIC_MONITORING_ORDER);
        ProtectedChannel channel = ProtectedChannel.Webhook.of("https://sms-gateway.example/victim/77");
        RuleSpec plain = keepApart("r1", victim.device(), 500);
        RuleSpec rule = new RuleSpec(
                plain.id(),
                plain.type(),
                plain.zoneIds(),
                plain.protectedDeviceId(),
                plain.distanceMeters(),
                null,
                null,
                plain.hysteresis(),
                null,
                channel);
        MonitoringOrderDefinition order = t.monitoring
                .create(
                        ALICE,
                        new NewMonitoringOrder(
                                offender.authorization().id(), offender.subject(), offender.device(), List.of(rule)))
                .orElseThrow();
        engine.register(t.started.getLast());
        fix(victim.device().toString(), HOME);
        fix(offender.device().toString(), new GeoPoint(-2.9011, -79.0059));
        fix(victim.device().toString(), new GeoPoint(-2.9002, -79.0059));
        Alert raised = changed.getLast();
        t.alertService.acknowledge(OSCAR, raised.id()).orElseThrow();
        fix(offender.device().toString(), new GeoPoint(-2.9501, -79.0059));
        fix(victim.device().toString(), HOME);

        assertThat(t.outbox.protectedNotices)
                .extracting(d -> d.notice().status())
                .containsExactly(AlertStatus.RAISED, AlertStatus.ACKNOWLEDGED, AlertStatus.RESOLVED);
        assertThat(t.outbox.protectedNotices).allSatisfy(d -> {
            assertThat(d.channel()).isEqualTo(channel);
            assertThat(d.notice().reference()).isEqualTo(raised.id());
            assertThat(d.notice().json())
                    .doesNotContain(offender.subject().toString())
                    .doesNotContain(order.id().toString())
                    .doesNotContain(offender.authorization().id().toString())
                    .doesNotContain("-2.9")
                    .doesNotContain("-79.0");
        });
        assertThat(t.outbox.notices).hasSize(3);
        assertThat(t.bed.audit.entries())
                .extracting(AuditEntry::record)
                .filteredOn(r -> r.action() == AuditAction.EXPORT && r.objectType() == AuditObjectType.ALERT)
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.detail())
                        .contains("protected person notified")
                        .contains("WEBHOOK"));
    }

    @Test
    void otherRulesAndKeepApartWithoutAChannelNotifyOnlyTheAgency() {
        stayWithinHome();
        fix(offender.device().toString(), HOME);
        fix(offender.device().toString(), FAR);
        fix(offender.device().toString(), FAR);
        assertThat(changed).isNotEmpty();
        assertThat(t.outbox.notices).isNotEmpty();
        assertThat(t.outbox.protectedNotices).isEmpty();
    }

    @Test
    void aProtectedChannelBelongsOnlyToKeepApartAndIsAValidDestination() {
        ProtectedChannel topic = new ProtectedChannel.Mqtt("amparo/protected/77");
        assertThat(ProtectedChannel.parse(topic.stored())).isEqualTo(topic);
        assertThat(ProtectedChannel.parse("webhook:https://gw.example/x")).isInstanceOf(ProtectedChannel.Webhook.class);
        assertThatThrownBy(() -> new ProtectedChannel.Mqtt("amparo/#")).hasMessageContaining("wildcards");
        assertThatThrownBy(() -> ProtectedChannel.Webhook.of("file:///etc/passwd"))
                .hasMessageContaining("http");
        assertThatThrownBy(() -> ProtectedChannel.Webhook.of("/relative")).hasMessageContaining("absolute");
        RuleSpec stay = stayWithin("r1", t.home());
        assertThatThrownBy(() -> new RuleSpec(
                        "r1", stay.type(), stay.zoneIds(), null, null, null, null, stay.hysteresis(), null, topic))
                .hasMessageContaining("only KEEP_APART");
    }
}
