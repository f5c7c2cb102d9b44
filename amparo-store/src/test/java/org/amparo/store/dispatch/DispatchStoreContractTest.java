package org.amparo.store.dispatch;

import static org.amparo.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.amparo.core.dispatch.CallId;
import org.amparo.core.dispatch.CallerNumber;
import org.amparo.core.dispatch.Incident;
import org.amparo.core.dispatch.IncidentEvent;
import org.amparo.core.dispatch.IncidentId;
import org.amparo.core.dispatch.IncidentStatus;
import org.amparo.core.dispatch.IncidentSummary;
import org.amparo.core.dispatch.IncidentType;
import org.amparo.core.dispatch.Priority;
import org.amparo.core.dispatch.ProvinceRef;
import org.amparo.core.dispatch.Unit;
import org.amparo.core.dispatch.UnitId;
import org.amparo.core.dispatch.UnitPosition;
import org.amparo.core.dispatch.UnitStatus;
import org.amparo.core.dispatch.UnitType;
import org.amparo.core.dispatch.stats.IncidentFacts;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.emergency.LocationSource;
import org.amparo.store.DatabaseTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The contract of the incident store, the unit store and the statistics source, run against every database. */
abstract class DispatchStoreContractTest extends DatabaseTestBase {
    private static final ProvinceRef COTOPAXI = new ProvinceRef("shape-cotopaxi", "Cotopaxi");
    private static final GeoPoint LATACUNGA = new GeoPoint(-0.93, -78.61);

    private JdbcIncidentStore incidents() {
        return new JdbcIncidentStore(dataSource());
    }

    private JdbcUnitStore units() {
        return new JdbcUnitStore(dataSource());
    }

    private Incident opened(String number, Priority priority, Instant at) {
        Incident incident = Incident.open(
                        new IncidentId(UUID.randomUUID()),
                        IncidentType.MEDICAL,
                        priority,
                        new CallerNumber(number),
                        new CallId(UUID.randomUUID()),
                        at)
                .describedAs("Calle Quito 3-45, señora inconsciente");
        incidents().insert(incident);
        return incident;
    }

    @Test
    void incidentsRoundTripWithTheirCallsAndChanges() {
        Incident incident = opened("+593991234567", Priority.P1, T0);
        CallId second = new CallId(UUID.randomUUID());
        incidents().addCall(incident.id(), second, new CallerNumber("+593990000002"), T0.plusSeconds(30));
        Incident changed = incident.linkCall(second)
                .locatedAt(LATACUNGA, COTOPAXI)
                .moveTo(IncidentStatus.CLOSED, T0.plusSeconds(600))
                .orElseThrow();

        incidents().update(changed);

        assertThat(incidents().find(incident.id())).contains(changed);
        assertThat(tx().inTransaction(() -> incidents().lock(incident.id()))).contains(changed);
        assertThat(incidents().incidentOf(second)).contains(incident.id());
        assertThat(incidents().find(new IncidentId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void callsAreFoundByNumberWithinTheWindowMostRecentOpenIncidentFirst() {
        CallerNumber number = new CallerNumber("+593991234567");
        Incident older = opened(number.value(), Priority.P2, T0);
        Incident newer = opened(number.value(), Priority.P2, T0.plusSeconds(600));
        Incident linkedTo = opened("+593990000001", Priority.P3, T0);
        incidents().addCall(linkedTo.id(), new CallId(UUID.randomUUID()), number, T0.plusSeconds(300));

        assertThat(incidents().openIncidentCalledFrom(number, T0, T0.plusSeconds(3600)))
                .contains(newer.id());
        assertThat(incidents().openIncidentCalledFrom(number, T0, T0.plusSeconds(400)))
                .contains(linkedTo.id());
        assertThat(incidents().openIncidentCalledFrom(number, T0.minusSeconds(60), T0))
                .contains(older.id());
        incidents()
                .update(newer.moveTo(IncidentStatus.CLOSED, T0.plusSeconds(700)).orElseThrow());
        assertThat(incidents().openIncidentCalledFrom(number, T0.plusSeconds(500), T0.plusSeconds(3600)))
                .isEmpty();
        assertThat(incidents().openIncidentCalledFrom(new CallerNumber("+593000000000"), T0, T0.plusSeconds(3600)))
                .isEmpty();
    }

    @Test
    void theBoardIsMostUrgentThenOldestAndLeavesClosedIncidentsOut() {
        Incident p3 = opened("+593990000001", Priority.P3, T0);
        Incident p1late = opened("+593990000002", Priority.P1, T0.plusSeconds(60));
        Incident p1early = opened("+593990000003", Priority.P1, T0.plusSeconds(30));
        Incident closed = opened("+593990000004", Priority.P1, T0);
        incidents()
                .update(closed.moveTo(IncidentStatus.CLOSED, T0.plusSeconds(5)).orElseThrow());

        assertThat(incidents().open(10))
                .extracting(IncidentSummary::id)
                .containsExactly(p1early.id(), p1late.id(), p3.id());
        assertThat(incidents().open(1)).hasSize(1);
    }

    @Test
    void everyKindOfTimelineEntryRoundTripsInAppendOrder() {
        Incident incident = opened("+593991234567", Priority.P1, T0);
        IncidentId id = incident.id();
        UnitId unit = new UnitId(UUID.randomUUID());
        List<IncidentEvent> events = List.of(
                new IncidentEvent.Opened(id, "dora", T0, IncidentType.MEDICAL, Priority.P1),
                new IncidentEvent.NoteAdded(id, "dora", T0, "Paciente de 70 años, ñ"),
                new IncidentEvent.CallLinked(id, "dora", T0, new CallId(UUID.randomUUID())),
                new IncidentEvent.Located(id, "dora", T0.plusSeconds(1), LATACUNGA, COTOPAXI),
                new IncidentEvent.Located(id, "dora", T0.plusSeconds(1), LATACUNGA, null),
                new IncidentEvent.CallerLocationReceived(id, "system", T0, LocationSource.AML_SMS_V1, false),
                new IncidentEvent.UnitDispatched(id, "diego", T0.plusSeconds(2), unit, "AMB-12"),
                new IncidentEvent.StatusChanged(
                        id, "diego", T0.plusSeconds(2), IncidentStatus.OPEN, IncidentStatus.DISPATCHED),
                new IncidentEvent.UnitStatusChanged(
                        id, "diego", T0.plusSeconds(3), unit, UnitStatus.DISPATCHED, UnitStatus.EN_ROUTE));
        events.forEach(incidents()::append);

        assertThat(incidents().timeline(id)).containsExactlyElementsOf(events);
    }

    @Test
    void unitsRoundTripMoveOnlyForwardAndAreFoundByCallSignStatusAndAssignment() {
        Incident incident = opened("+593991234567", Priority.P1, T0);
        Unit unit = new Unit(
                new UnitId(UUID.randomUUID()),
                "AMB-12",
                UnitType.AMBULANCE,
                "Cruz Roja",
                3,
                UnitStatus.AVAILABLE,
                null);
        units().insert(unit);
        UnitPosition first = new UnitPosition(LATACUNGA, T0);

        assertThat(units().updatePosition(unit.id(), first)).isTrue();
        assertThat(units().updatePosition(unit.id(), new UnitPosition(new GeoPoint(0, 0), T0.minusSeconds(1))))
                .isFalse();
        Unit sent =
                units().find(unit.id()).orElseThrow().dispatchTo(incident.id()).orElseThrow();
        units().update(sent);

        assertThat(units().find(unit.id())).contains(sent);
        assertThat(sent.lastPosition()).isEqualTo(first);
        assertThat(units().findByCallSign("AMB-12")).contains(sent);
        assertThat(units().assignedTo(incident.id())).containsExactly(sent);
        assertThat(units().inStatus(UnitStatus.AVAILABLE)).isEmpty();
        assertThat(units().inStatus(UnitStatus.DISPATCHED)).containsExactly(sent);
        assertThat(tx().inTransaction(() -> units().lock(unit.id()))).contains(sent);
        assertThat(units().all(10)).containsExactly(sent);
    }

    @Test
    void statisticsFactsCarryTheFirstDispatchAndTheFirstUnitOnScene() {
        Incident incident = opened("+593991234567", Priority.P1, T0);
        incidents().update(incident.locatedAt(LATACUNGA, COTOPAXI));
        opened("+593990000001", Priority.P2, T0.plus(Duration.ofDays(1)));
        UnitId a = new UnitId(UUID.randomUUID());
        UnitId b = new UnitId(UUID.randomUUID());
        IncidentId id = incident.id();
        incidents().append(new IncidentEvent.UnitDispatched(id, "d", T0.plusSeconds(90), a, "A"));
        incidents().append(new IncidentEvent.UnitDispatched(id, "d", T0.plusSeconds(200), b, "B"));
        incidents()
                .append(new IncidentEvent.UnitStatusChanged(
                        id, "d", T0.plusSeconds(400), a, UnitStatus.DISPATCHED, UnitStatus.EN_ROUTE));
        incidents()
                .append(new IncidentEvent.UnitStatusChanged(
                        id, "d", T0.plusSeconds(700), b, UnitStatus.EN_ROUTE, UnitStatus.ON_SCENE));

        List<IncidentFacts> facts = new ArrayList<>();
        tx().inTransaction(() -> {
            new JdbcIncidentFacts(dataSource()).scan(T0, T0.plus(Duration.ofDays(1)), facts::add);
            return null;
        });

        assertThat(facts)
                .containsExactly(new IncidentFacts(
                        T0, IncidentType.MEDICAL, Priority.P1, COTOPAXI, T0.plusSeconds(90), T0.plusSeconds(700)));
    }

    @Test
    void thePurgeStripsThePersonalDataOfIncidentsClosedBeforeTheCutoffOnceAndKeepsTheRest() {
        Incident old = opened("+593991234567", Priority.P1, T0);
        CallId second = new CallId(UUID.randomUUID());
        incidents().addCall(old.id(), second, new CallerNumber("+593990000002"), T0.plusSeconds(30));
        GeoPoint exact = new GeoPoint(-0.934_567, -78.612_345);
        Incident closedOld = old.linkCall(second)
                .locatedAt(exact, COTOPAXI)
                .moveTo(IncidentStatus.CLOSED, T0.plusSeconds(600))
                .orElseThrow();
        incidents().update(closedOld);
        IncidentEvent opened = new IncidentEvent.Opened(old.id(), "dora", T0, IncidentType.MEDICAL, Priority.P1);
        IncidentEvent closed = new IncidentEvent.StatusChanged(
                old.id(), "diego", T0.plusSeconds(600), IncidentStatus.OPEN, IncidentStatus.CLOSED);
        List.of(
                        opened,
                        new IncidentEvent.NoteAdded(old.id(), "dora", T0, "Vive con su hija, Calle Sucre 4-12"),
                        new IncidentEvent.Located(old.id(), "dora", T0.plusSeconds(5), exact, COTOPAXI),
                        closed)
                .forEach(incidents()::append);
        Incident closedRecently = opened("+593990000003", Priority.P2, T0)
                .moveTo(IncidentStatus.CLOSED, T0.plus(Duration.ofDays(10)))
                .orElseThrow();
        incidents().update(closedRecently);
        Incident stillOpen = opened("+593990000004", Priority.P3, T0);
        IncidentPersonalDataPurger purger =
                new IncidentPersonalDataPurger(dataSource(), Clock.fixed(T0.plus(Duration.ofDays(30)), ZoneOffset.UTC));
        Instant cutoff = T0.plus(Duration.ofDays(5));

        assertThat(tx().inTransaction(() -> purger.purgeBatch(cutoff, 500))).isEqualTo(1);
        assertThat(tx().inTransaction(() -> purger.purgeBatch(cutoff, 500)))
                .as("an incident is stripped once")
                .isZero();

        Incident stripped = incidents().find(old.id()).orElseThrow();
        assertThat(stripped.callerNumber()).isNull();
        assertThat(stripped.description()).isEmpty();
        assertThat(stripped.location()).isEqualTo(new GeoPoint(-0.93, -78.61));
        assertThat(stripped.province()).isEqualTo(COTOPAXI);
        assertThat(stripped.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(stripped.closedAt()).isEqualTo(closedOld.closedAt());
        assertThat(stripped.linkedCalls()).isEqualTo(closedOld.linkedCalls());
        assertThat(incidents().timeline(old.id()))
                .containsExactly(
                        opened,
                        new IncidentEvent.Located(
                                old.id(), "dora", T0.plusSeconds(5), new GeoPoint(-0.93, -78.61), COTOPAXI),
                        closed);
        assertThat(JdbcClient.create(dataSource())
                        .sql(
                                "SELECT COUNT(*) FROM incident_calls WHERE incident_id = :id AND caller_number IS NOT NULL")
                        .param("id", old.id().toString())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(incidents().find(closedRecently.id())).contains(closedRecently);
        assertThat(incidents().find(stillOpen.id())).contains(stillOpen);
    }
}
