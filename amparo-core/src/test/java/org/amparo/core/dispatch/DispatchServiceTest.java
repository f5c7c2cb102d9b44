package org.amparo.core.dispatch;

import static org.amparo.core.testing.DispatchTestbed.ADA;
import static org.amparo.core.testing.DispatchTestbed.AUGUSTO;
import static org.amparo.core.testing.DispatchTestbed.DIEGO;
import static org.amparo.core.testing.DispatchTestbed.DORA;
import static org.amparo.core.testing.DispatchTestbed.SOFIA;
import static org.amparo.core.testing.DispatchTestbed.WHY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.amparo.core.access.Actor;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditEntry;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditResult;
import org.amparo.core.audit.AuditVerification;
import org.amparo.core.engine.Outcome;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.testing.DispatchTestbed;
import org.junit.jupiter.api.Test;

class DispatchServiceTest {
    private static final GeoPoint CUENCA = new GeoPoint(-2.90, -79.00);
    private static final GeoPoint NEAR_CUENCA = new GeoPoint(-2.91, -79.01);
    private static final GeoPoint FAR_CUENCA = new GeoPoint(-2.70, -78.80);

    private final DispatchTestbed bed = new DispatchTestbed();

    @Test
    void aWholeIncidentFormsItsTimelineWithWhoWhatAndWhen() {
        Incident incident = bed.incident("+593991234567", IncidentType.MEDICAL, Priority.P1, null);
        Instant opened = bed.clock.instant();
        Unit near = bed.unit("AMB-12", UnitType.AMBULANCE, NEAR_CUENCA);
        bed.after(Duration.ofSeconds(30));
        bed.dispatch.locate(DORA, incident.id(), CUENCA, "entered").orElseThrow();
        bed.after(Duration.ofSeconds(30));
        bed.dispatch.dispatch(DIEGO, incident.id(), near.id()).orElseThrow();
        bed.after(Duration.ofMinutes(1));
        bed.dispatch.changeUnitStatus(DIEGO, near.id(), UnitStatus.EN_ROUTE).orElseThrow();
        bed.after(Duration.ofMinutes(4));
        bed.dispatch.changeUnitStatus(DIEGO, near.id(), UnitStatus.ON_SCENE).orElseThrow();
        bed.after(Duration.ofMinutes(20));
        bed.dispatch.changeUnitStatus(DIEGO, near.id(), UnitStatus.RETURNING).orElseThrow();
        bed.dispatch.changeStatus(SOFIA, incident.id(), IncidentStatus.CLOSED).orElseThrow();
        bed.after(Duration.ofMinutes(10));
        bed.dispatch.changeUnitStatus(DIEGO, near.id(), UnitStatus.AVAILABLE).orElseThrow();

        IncidentDetail detail = bed.dispatch.get(SOFIA, incident.id(), WHY).orElseThrow();

        assertThat(detail.incident().status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(detail.incident().province()).isEqualTo(ProvinceRef.of(DispatchTestbed.SOUTH));
        assertThat(detail.timeline())
                .extracting(e -> e.getClass().getSimpleName() + " " + e.actor() + " +"
                        + Duration.between(opened, e.at()).toSeconds())
                .containsExactly(
                        "Opened dora +0",
                        "Located dora +30",
                        "UnitDispatched diego +60",
                        "StatusChanged diego +60",
                        "UnitStatusChanged diego +120",
                        "UnitStatusChanged diego +360",
                        "StatusChanged diego +360",
                        "UnitStatusChanged diego +1560",
                        "StatusChanged sofia +1560",
                        "UnitStatusChanged diego +2160");
        assertThat(detail.timeline().get(3))
                .isEqualTo(new IncidentEvent.StatusChanged(
                        incident.id(),
                        "diego",
                        opened.plusSeconds(60),
                        IncidentStatus.OPEN,
                        IncidentStatus.DISPATCHED));
        assertThat(detail.units()).isEmpty();
        assertThat(bed.units.find(near.id()).orElseThrow().assignment()).isNull();
    }

    @Test
    void everyStepIsAuditedInItsOwnRightAndTheReadCarriesItsJustification() {
        Incident incident = bed.incident("+593991234567", IncidentType.FIRE, Priority.P2, CUENCA);
        Unit engine = bed.unit("BOM-3", UnitType.FIRE_ENGINE, NEAR_CUENCA);
        int before = bed.audit.entries().size();

        bed.dispatch.propose(DORA, incident.id()).orElseThrow();
        bed.dispatch.dispatch(DORA, incident.id(), engine.id()).orElseThrow();
        bed.dispatch.get(DORA, incident.id(), WHY).orElseThrow();

        List<AuditEntry> added =
                bed.audit.entries().subList(before, bed.audit.entries().size());
        assertThat(added)
                .extracting(e -> e.record().action() + " " + e.record().objectType() + " "
                        + e.record().username())
                .containsExactly("READ INCIDENT dora", "UPDATE INCIDENT dora", "READ INCIDENT dora");
        assertThat(added.getLast().record().justification()).isEqualTo(WHY);
        assertThat(bed.audit.verify()).isInstanceOf(AuditVerification.Valid.class);
    }

    @Test
    void onlyDispatchersAndSupervisorsWorkIncidentsAndRefusalsAreAudited() {
        Incident incident = bed.incident("+593991234567", IncidentType.POLICE, Priority.P3, CUENCA);
        Unit car = bed.unit("PAT-1", UnitType.POLICE_CAR, NEAR_CUENCA);

        for (Actor outsider : List.of(AUGUSTO, ADA, Actor.system())) {
            assertThat(bed.dispatch.dispatch(outsider, incident.id(), car.id())).isInstanceOf(Outcome.Forbidden.class);
            assertThat(bed.dispatch.changeStatus(outsider, incident.id(), IncidentStatus.CLOSED))
                    .isInstanceOf(Outcome.Forbidden.class);
            assertThat(bed.dispatch.locate(outsider, incident.id(), CUENCA, "entered"))
                    .isInstanceOf(Outcome.Forbidden.class);
            assertThat(bed.dispatch.get(outsider, incident.id(), WHY)).isInstanceOf(Outcome.Forbidden.class);
            assertThat(bed.dispatch.createIncident(outsider, newIncident())).isInstanceOf(Outcome.Forbidden.class);
        }

        assertThat(bed.audited(AuditResult.DENIED, AuditObjectType.INCIDENT))
                .hasSize(15)
                .allSatisfy(e -> assertThat(e.record().detail()).contains("refused"));
        assertThat(bed.units.find(car.id()).orElseThrow().status()).isEqualTo(UnitStatus.AVAILABLE);
        assertThat(bed.incidents.find(incident.id()).orElseThrow().status()).isEqualTo(IncidentStatus.OPEN);
    }

    @Test
    void readingAnIncidentNeedsAJustification() {
        Incident incident = bed.incident("+593991234567", IncidentType.POLICE, Priority.P3, null);

        assertThat(bed.dispatch.get(DORA, incident.id(), null)).isInstanceOf(Outcome.Invalid.class);
        assertThat(bed.dispatch.get(DORA, incident.id(), "because")).isInstanceOf(Outcome.Invalid.class);
        assertThat(bed.audited(AuditAction.READ, AuditResult.DENIED, AuditObjectType.INCIDENT))
                .hasSize(2);
    }

    @Test
    void proposalsAreNearestSuitableFirstAndNeedALocation() {
        Incident incident = bed.incident("+593991234567", IncidentType.MEDICAL, Priority.P1, null);
        Unit far = bed.unit("AMB-1", UnitType.AMBULANCE, FAR_CUENCA);
        Unit near = bed.unit("AMB-2", UnitType.AMBULANCE, NEAR_CUENCA);
        bed.unit("PAT-9", UnitType.POLICE_CAR, NEAR_CUENCA);

        assertThat(bed.dispatch.propose(DORA, incident.id())).isInstanceOf(Outcome.Conflict.class);
        bed.dispatch.locate(DORA, incident.id(), CUENCA, "entered").orElseThrow();

        List<UnitProposal> proposals = bed.dispatch.propose(DORA, incident.id()).orElseThrow();
        assertThat(proposals).extracting(p -> p.unit().id()).containsExactly(near.id(), far.id());
        assertThat(bed.units.find(near.id()).orElseThrow().status())
                .as("a proposal changes nothing")
                .isEqualTo(UnitStatus.AVAILABLE);
    }

    @Test
    void aUnitAlreadySentCannotBeSentAgainAndAClosedIncidentTakesNoUnit() {
        Incident first = bed.incident("+593991234567", IncidentType.MEDICAL, Priority.P1, CUENCA);
        Incident second = bed.incident("+593990000001", IncidentType.MEDICAL, Priority.P2, CUENCA);
        Unit unit = bed.unit("AMB-1", UnitType.AMBULANCE, NEAR_CUENCA);
        bed.dispatch.dispatch(DORA, first.id(), unit.id()).orElseThrow();

        assertThat(bed.dispatch.dispatch(DIEGO, second.id(), unit.id())).isInstanceOf(Outcome.Conflict.class);
        bed.dispatch.changeStatus(SOFIA, second.id(), IncidentStatus.CLOSED).orElseThrow();
        assertThat(bed.dispatch.dispatch(DIEGO, second.id(), unit.id())).isInstanceOf(Outcome.Conflict.class);
        assertThat(bed.units.find(unit.id()).orElseThrow().assignment()).isEqualTo(first.id());
        assertThat(bed.dispatch.changeUnitStatus(DORA, unit.id(), UnitStatus.DISPATCHED))
                .isInstanceOf(Outcome.Invalid.class);
        assertThat(bed.audited(AuditResult.DENIED, AuditObjectType.UNIT)).hasSize(1);
    }

    @Test
    void recallingTheOnlyUnitBeforeItArrivesReopensTheIncident() {
        Incident incident = bed.incident("+593991234567", IncidentType.POLICE, Priority.P2, CUENCA);
        Unit car = bed.unit("PAT-1", UnitType.POLICE_CAR, NEAR_CUENCA);
        bed.dispatch.dispatch(DORA, incident.id(), car.id()).orElseThrow();
        bed.dispatch.changeUnitStatus(DORA, car.id(), UnitStatus.EN_ROUTE).orElseThrow();

        bed.dispatch.changeUnitStatus(DORA, car.id(), UnitStatus.AVAILABLE).orElseThrow();

        assertThat(bed.incidents.find(incident.id()).orElseThrow().status()).isEqualTo(IncidentStatus.OPEN);
        assertThat(bed.incidents.timeline(incident.id()).getLast()).isInstanceOf(IncidentEvent.StatusChanged.class);
    }

    @Test
    void theBoardListsOpenIncidentsByPriorityThenAgeWithoutPersonalData() {
        Incident old3 = bed.incident("+593990000001", IncidentType.OTHER, Priority.P3, null);
        bed.after(Duration.ofMinutes(1));
        Incident new1 = bed.incident("+593990000002", IncidentType.MEDICAL, Priority.P1, CUENCA);
        bed.after(Duration.ofMinutes(1));
        Incident closed = bed.incident("+593990000003", IncidentType.FIRE, Priority.P1, null);
        bed.dispatch.changeStatus(DORA, closed.id(), IncidentStatus.CLOSED).orElseThrow();
        bed.after(Duration.ofMinutes(1));
        Incident newer1 = bed.incident("+593990000004", IncidentType.FIRE, Priority.P1, null);

        List<IncidentSummary> board = bed.dispatch.listOpen(DORA, 50).orElseThrow();

        assertThat(board).extracting(IncidentSummary::id).containsExactly(new1.id(), newer1.id(), old3.id());
        assertThat(board.getFirst().province()).isEqualTo(ProvinceRef.of(DispatchTestbed.SOUTH));
        assertThat(board.toString()).doesNotContain("99000000");
        assertThat(bed.dispatch.listOpen(AUGUSTO, 50)).isInstanceOf(Outcome.Forbidden.class);
    }

    @Test
    void aPointOutsideEveryProvinceHasNoProvinceAndLinkedCallsAreRecorded() {
        Incident incident = bed.incident("+593991234567", IncidentType.RESCUE, Priority.P2, new GeoPoint(-1.5, -84));
        assertThat(incident.province()).isNull();

        Incident linked = bed.dispatch
                .linkCall(DIEGO, incident.id(), new CallerNumber("+593990000009"))
                .orElseThrow();

        assertThat(linked.linkedCalls()).hasSize(2);
        assertThat(bed.incidents.find(incident.id()).orElseThrow().linkedCalls())
                .isEqualTo(linked.linkedCalls());
        assertThat(bed.incidents.timeline(incident.id()).getLast())
                .isEqualTo(new IncidentEvent.CallLinked(
                        incident.id(),
                        "diego",
                        bed.clock.instant(),
                        linked.linkedCalls().get(1)));
        assertThat(bed.dispatch.addNote(DIEGO, incident.id(), "  ")).isInstanceOf(Outcome.Invalid.class);
    }

    private static NewIncident newIncident() {
        return new NewIncident(new CallerNumber("+593991234567"), IncidentType.MEDICAL, Priority.P1, "", "", null);
    }
}
