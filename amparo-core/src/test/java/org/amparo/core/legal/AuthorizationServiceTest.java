package org.amparo.core.legal;

import static org.amparo.core.testing.LegalTestbed.ALICE;
import static org.amparo.core.testing.LegalTestbed.BOB;
import static org.amparo.core.testing.LegalTestbed.CAROL;
import static org.amparo.core.testing.LegalTestbed.DAVE;
import static org.amparo.core.testing.LegalTestbed.JUDITH;
import static org.amparo.core.testing.LegalTestbed.OSCAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditEntry;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditResult;
import org.amparo.core.audit.AuditVerification;
import org.amparo.core.engine.Outcome;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.legal.PolicyDecision.Deny;
import org.amparo.core.legal.PolicyDecision.Reason;
import org.amparo.core.testing.LegalTestbed;
import org.amparo.core.transparency.StatisticKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The abuse cases of CHARTER section 1: each refusal is a value and leaves a DENIED audit entry. */
class AuthorizationServiceTest {
    private static final LegalBasis BASIS =
            new LegalBasis("Juzgado Primero de Garantías Penales", "COIP art. 476", "17282-2025-00123");
    private static final GeoPoint QUITO = new GeoPoint(-0.18, -78.47);

    private LegalTestbed bed;
    private SubjectId suspect;
    private SubjectId victim;

    @BeforeEach
    void setUp() {
        bed = new LegalTestbed();
        suspect = bed.subject("Juan Pérez", DataSubjectCategory.SUSPECT);
        victim = bed.subject("María López", DataSubjectCategory.VICTIM);
    }

    @AfterEach
    void auditChainStillVerifies() {
        assertThat(bed.audit.verify()).isInstanceOf(AuditVerification.Valid.class);
    }

    // --- who may request and decide ---

    @Test
    void selfApprovalIsRefusedEvenWhenTheRequesterHoldsTheApproverRole() {
        Authorization requested =
                bed.service.request(CAROL, threatToLife(suspect)).orElseThrow();

        Outcome<Authorization> outcome = bed.service.decide(CAROL, requested.id(), true, "urgent and necessary");

        assertThat(outcome).isInstanceOf(Outcome.Forbidden.class);
        assertThat(status(requested)).isEqualTo(AuthorizationStatus.REQUESTED);
        assertDeniedEntry(AuditAction.APPROVE, "carol", requested.id().toString());
        assertThat(bed.listener.events(AuthorizationEvent.Approved.class)).isEmpty();
    }

    @Test
    void approvalByANonApproverIsRefused() {
        Authorization requested =
                bed.service.request(ALICE, threatToLife(suspect)).orElseThrow();

        Outcome<Authorization> outcome = bed.service.decide(DAVE, requested.id(), true, "looks fine to me");

        assertThat(outcome).isInstanceOf(Outcome.Forbidden.class);
        assertThat(status(requested)).isEqualTo(AuthorizationStatus.REQUESTED);
        assertDeniedEntry(AuditAction.APPROVE, "dave", requested.id().toString());
    }

    @Test
    void approvalByADifferentApproverSucceedsAndIsAudited() {
        Authorization requested =
                bed.service.request(ALICE, threatToLife(suspect)).orElseThrow();

        Authorization approved = bed.service
                .decide(BOB, requested.id(), true, "necessary and proportionate")
                .orElseThrow();

        assertThat(approved.status()).isEqualTo(AuthorizationStatus.APPROVED);
        assertThat(approved.decision())
                .isEqualTo(new Decision("bob", bed.clock.instant(), "necessary and proportionate"));
        assertThat(bed.audited(AuditAction.APPROVE, AuditResult.SUCCESS))
                .singleElement()
                .satisfies(e -> assertThat(e.record().authorizationId())
                        .isEqualTo(requested.id().toString()));
        assertThat(bed.listener.events(AuthorizationEvent.Approved.class)).hasSize(1);
        assertThat(bed.statistics.events(StatisticKind.AUTHORIZATION_APPROVED)).hasSize(1);
    }

    @Test
    void requestByANonInvestigatorIsRefused() {
        Outcome<Authorization> outcome = bed.service.request(OSCAR, threatToLife(suspect));

        assertThat(outcome).isInstanceOf(Outcome.Forbidden.class);
        assertDeniedEntry(AuditAction.REQUEST, "oscar", "-");
        assertThat(bed.authorizations.list(null, 10)).isEmpty();
    }

    // --- what may be requested ---

    @Test
    void requestWithoutAnExistingNamedSubjectIsRefused() {
        SubjectId group = new SubjectId(UUID.fromString("00000000-0000-4000-8000-000000000001"));

        Outcome<Authorization> outcome = bed.service.request(ALICE, threatToLife(group));

        assertThat(violationFields(outcome)).containsExactly("subjectId");
        assertDeniedEntry(AuditAction.REQUEST, "alice", "-");
        assertThat(bed.authorizations.list(null, 10)).isEmpty();
        assertThat(bed.listener.events()).isEmpty();
    }

    @Test
    void seriousOffenceSuspectWithAThreeYearMaximumPenaltyIsRefused() {
        Outcome<Authorization> outcome = bed.service.request(ALICE, suspectSearch(new Offence("COIP-189", 3)));

        assertThat(violationFields(outcome)).containsExactly("maxPenaltyYears");
        assertDeniedEntry(AuditAction.REQUEST, "alice", "-");
        assertThat(bed.authorizations.list(null, 10)).isEmpty();
    }

    @Test
    void seriousOffenceSuspectWithAFourYearMaximumPenaltyIsAccepted() {
        Outcome<Authorization> outcome = bed.service.request(ALICE, suspectSearch(new Offence("COIP-189", 4)));

        Authorization created = outcome.orElseThrow();
        assertThat(created.status()).isEqualTo(AuthorizationStatus.REQUESTED);
        assertThat(created.offence()).isEqualTo(new Offence("COIP-189", 4));
        assertThat(bed.audited(AuditAction.REQUEST, AuditResult.SUCCESS))
                .singleElement()
                .satisfies(e ->
                        assertThat(e.record().objectId()).isEqualTo(created.id().toString()));
        assertThat(bed.statistics.events(StatisticKind.AUTHORIZATION_REQUESTED))
                .singleElement()
                .satisfies(e -> assertThat(e.dimension()).isEqualTo("SERIOUS_OFFENCE_SUSPECT"));
        assertThat(bed.listener.events()).containsExactly(new AuthorizationEvent.Requested(created.id(), now(), false));
    }

    @Test
    void electronicMonitoringOfFacesIsRefused() {
        Outcome<Authorization> outcome = bed.service.request(
                ALICE,
                request(suspect, Purpose.ELECTRONIC_MONITORING_ORDER, UseMode.LIVE, null, Set.of(DataKind.FACE), null));

        assertThat(violationFields(outcome)).containsExactly("dataKinds");
        assertDeniedEntry(AuditAction.REQUEST, "alice", "-");
    }

    @Test
    void aPurposeCannotConcernASubjectOfTheWrongCategory() {
        Outcome<Authorization> outcome = bed.service.request(
                ALICE,
                request(
                        victim,
                        Purpose.SERIOUS_OFFENCE_SUSPECT,
                        UseMode.LIVE,
                        new Offence("COIP-140", 26),
                        Set.of(DataKind.FACE),
                        null));

        assertThat(violationFields(outcome)).containsExactly("subjectId");
        assertDeniedEntry(AuditAction.REQUEST, "alice", "-");
    }

    // --- urgency ---

    @Test
    void urgentLiveUseIsInEffectBeforeApprovalAndStopsAfter24Hours() {
        Instant start = now();
        Authorization urgent = bed.service.request(ALICE, urgentThreat(suspect)).orElseThrow();
        assertThat(bed.listener.events()).containsExactly(new AuthorizationEvent.Requested(urgent.id(), start, true));
        assertThat(bed.statistics.events(StatisticKind.URGENT_USE)).hasSize(1);

        assertThat(faceCheck(start.plus(Duration.ofHours(1)))).isInstanceOf(PolicyDecision.Permit.class);
        assertThat(faceCheck(start.plus(Duration.ofHours(24)).minusMillis(1)))
                .isInstanceOf(PolicyDecision.Permit.class);
        assertThat(denial(start.plus(Duration.ofHours(24)))).isEqualTo(Reason.URGENT_DEADLINE_LAPSED);
    }

    @Test
    void urgentPostEventUseGets48Hours() {
        Instant start = now();
        bed.service
                .request(
                        ALICE,
                        request(
                                suspect,
                                Purpose.SERIOUS_OFFENCE_SUSPECT,
                                UseMode.POST_EVENT,
                                new Offence("COIP-140", 26),
                                Set.of(DataKind.FACE),
                                "suspect about to leave"))
                .orElseThrow();

        assertThat(faceCheck(start.plus(Duration.ofHours(30)))).isInstanceOf(PolicyDecision.Permit.class);
        assertThat(faceCheck(start.plus(Duration.ofHours(48)).minusMillis(1)))
                .isInstanceOf(PolicyDecision.Permit.class);
        assertThat(denial(start.plus(Duration.ofHours(48)))).isEqualTo(Reason.URGENT_DEADLINE_LAPSED);
    }

    @Test
    void endDueExpiresALapsedUrgentUseErasesItsDataAndCreatesANotificationTask() {
        Authorization urgent = bed.service.request(ALICE, urgentThreat(suspect)).orElseThrow();
        bed.clock.advance(Duration.ofHours(24));

        assertThat(bed.service.endDue()).isEqualTo(1);

        assertThat(status(urgent)).isEqualTo(AuthorizationStatus.EXPIRED);
        assertThat(bed.fixes.calls()).containsExactly(urgent.id());
        assertThat(bed.sightings.calls()).containsExactly(urgent.id());
        assertThat(bed.listener.events(AuthorizationEvent.Expired.class))
                .containsExactly(new AuthorizationEvent.Expired(urgent.id(), now(), true, 5));
        assertThat(bed.audited(AuditAction.EXPIRE, AuditResult.SUCCESS))
                .singleElement()
                .satisfies(e -> assertThat(e.record().detail()).contains("deleted=5"));
        assertThat(bed.audited(AuditAction.DELETE, AuditResult.SUCCESS)).hasSize(2);
        assertThat(bed.statistics.events(StatisticKind.DELETION))
                .singleElement()
                .satisfies(e -> assertThat(e.count()).isEqualTo(5));
        assertNotificationTaskFor(urgent);
        assertThat(bed.service.endDue()).as("a second sweep finds nothing").isZero();
    }

    @Test
    void endDueErasesAnUndecidedUrgentUseWhoseWindowClosedBeforeItsDeadline() {
        Instant start = now();
        Authorization urgent = bed.service
                .request(ALICE, withWindow(urgentThreat(suspect), start, start.plus(Duration.ofHours(2))))
                .orElseThrow();
        bed.clock.advance(Duration.ofHours(3));

        assertThat(bed.service.endDue()).isEqualTo(1);

        assertThat(status(urgent)).isEqualTo(AuthorizationStatus.EXPIRED);
        assertThat(bed.fixes.calls())
                .as("a use never approved keeps nothing, however it ended")
                .containsExactly(urgent.id());
        assertThat(bed.listener.events(AuthorizationEvent.Expired.class))
                .singleElement()
                .satisfies(e -> assertThat(e.deletedRecords()).isEqualTo(5));
        assertNotificationTaskFor(urgent);
    }

    @Test
    void approvingAfterTheUrgentDeadlineIsAConflict() {
        Authorization urgent = bed.service.request(ALICE, urgentThreat(suspect)).orElseThrow();
        bed.clock.advance(Duration.ofHours(24));

        Outcome<Authorization> outcome = bed.service.decide(BOB, urgent.id(), true, "late but justified");

        assertThat(outcome).isInstanceOf(Outcome.Conflict.class);
        assertThat(status(urgent)).isEqualTo(AuthorizationStatus.REQUESTED);
        assertDeniedEntry(AuditAction.APPROVE, "bob", urgent.id().toString());
    }

    @Test
    void approvingAnUrgentUseInTimeKeepsItInEffectForItsWindow() {
        Authorization urgent = bed.service.request(ALICE, urgentThreat(suspect)).orElseThrow();
        bed.clock.advance(Duration.ofHours(23));
        bed.service.decide(BOB, urgent.id(), true, "confirmed").orElseThrow();

        assertThat(faceCheck(now().plus(Duration.ofHours(2)))).isInstanceOf(PolicyDecision.Permit.class);
        assertThat(bed.service.endDue()).isZero();
    }

    // --- rejection, revocation, expiry ---

    @Test
    void rejectionErasesProducedDataAndEmitsRejectedWithTheDeletedCount() {
        Authorization urgent = bed.service.request(ALICE, urgentThreat(suspect)).orElseThrow();

        Authorization rejected =
                bed.service.decide(BOB, urgent.id(), false, "not proportionate").orElseThrow();

        assertThat(rejected.status()).isEqualTo(AuthorizationStatus.REJECTED);
        assertThat(bed.fixes.calls()).containsExactly(urgent.id());
        assertThat(bed.sightings.calls()).containsExactly(urgent.id());
        assertThat(bed.listener.events(AuthorizationEvent.Rejected.class))
                .containsExactly(new AuthorizationEvent.Rejected(urgent.id(), now(), 5));
        assertThat(bed.audited(AuditAction.REJECT, AuditResult.SUCCESS))
                .singleElement()
                .satisfies(e -> assertThat(e.record().detail()).contains("deleted=5"));
        assertThat(denial(now())).isEqualTo(Reason.REJECTED);
        assertNotificationTaskFor(urgent);
        assertThat(bed.statistics.events(StatisticKind.AUTHORIZATION_REJECTED)).hasSize(1);
    }

    @Test
    void revocationStopsProcessingNotifiesTheListenerAndCreatesANotificationTask() {
        Authorization approved = approvedThreat();
        assertThat(faceCheck(now())).isInstanceOf(PolicyDecision.Permit.class);

        Authorization revoked = bed.service
                .revoke(JUDITH, approved.id(), "the threat has passed")
                .orElseThrow();

        assertThat(revoked.status()).isEqualTo(AuthorizationStatus.REVOKED);
        assertThat(denial(now())).isEqualTo(Reason.REVOKED);
        assertThat(bed.listener.events(AuthorizationEvent.Revoked.class))
                .containsExactly(new AuthorizationEvent.Revoked(approved.id(), now()));
        assertThat(bed.audited(AuditAction.REVOKE, AuditResult.SUCCESS)).hasSize(1);
        assertNotificationTaskFor(approved);
        assertThat(bed.fixes.calls())
                .as("revocation keeps lawfully produced data")
                .isEmpty();
    }

    @Test
    void theRequesterMayWithdrawTheirOwnRequest() {
        Authorization requested =
                bed.service.request(ALICE, threatToLife(suspect)).orElseThrow();

        Outcome<Authorization> outcome = bed.service.revoke(ALICE, requested.id(), "no longer needed");

        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        assertThat(status(requested)).isEqualTo(AuthorizationStatus.REVOKED);
        assertThat(bed.notifications.all()).as("nothing was processed under it").isEmpty();
    }

    @Test
    void revocationByAnUnrelatedInvestigatorIsRefused() {
        Authorization approved = approvedThreat();

        Outcome<Authorization> outcome = bed.service.revoke(DAVE, approved.id(), "I want it gone");

        assertThat(outcome).isInstanceOf(Outcome.Forbidden.class);
        assertThat(status(approved)).isEqualTo(AuthorizationStatus.APPROVED);
        assertDeniedEntry(AuditAction.REVOKE, "dave", approved.id().toString());
        assertThat(bed.listener.events(AuthorizationEvent.Revoked.class)).isEmpty();
    }

    @Test
    void theEndOfTheWindowExpiresAnApprovedAuthorization() {
        Authorization approved = approvedThreat();
        bed.clock.set(approved.expiresAt());

        assertThat(denial(now())).as("denied before the sweep runs").isEqualTo(Reason.EXPIRED);
        assertThat(bed.service.endDue()).isEqualTo(1);

        assertThat(status(approved)).isEqualTo(AuthorizationStatus.EXPIRED);
        assertThat(denial(now())).isEqualTo(Reason.EXPIRED);
        assertThat(bed.listener.events(AuthorizationEvent.Expired.class))
                .containsExactly(new AuthorizationEvent.Expired(approved.id(), now(), false, 0));
        assertThat(bed.fixes.calls()).isEmpty();
        assertThat(bed.audited(AuditAction.EXPIRE, AuditResult.SUCCESS)).hasSize(1);
        assertNotificationTaskFor(approved);
    }

    @Test
    void decidingTwiceIsAConflict() {
        Authorization approved = approvedThreat();

        Outcome<Authorization> outcome = bed.service.decide(JUDITH, approved.id(), false, "second opinion");

        assertThat(outcome).isInstanceOf(Outcome.Conflict.class);
        assertThat(status(approved)).isEqualTo(AuthorizationStatus.APPROVED);
        assertDeniedEntry(AuditAction.REJECT, "judith", approved.id().toString());
        assertThat(bed.fixes.calls()).isEmpty();
    }

    @Test
    void aDecisionWithABlankReasonIsInvalid() {
        Authorization requested =
                bed.service.request(ALICE, threatToLife(suspect)).orElseThrow();

        Outcome<Authorization> outcome = bed.service.decide(BOB, requested.id(), true, "  ");

        assertThat(violationFields(outcome)).containsExactly("reason");
        assertThat(status(requested)).isEqualTo(AuthorizationStatus.REQUESTED);
        assertDeniedEntry(AuditAction.APPROVE, "bob", requested.id().toString());
    }

    @Test
    void aRevocationWithABlankReasonIsInvalid() {
        Authorization approved = approvedThreat();

        Outcome<Authorization> outcome = bed.service.revoke(BOB, approved.id(), "");

        assertThat(violationFields(outcome)).containsExactly("reason");
        assertThat(status(approved)).isEqualTo(AuthorizationStatus.APPROVED);
        assertDeniedEntry(AuditAction.REVOKE, "bob", approved.id().toString());
    }

    @Test
    void decidingAnUnknownAuthorizationIsNotFoundAndAudited() {
        AuthorizationId unknown = new AuthorizationId(UUID.fromString("00000000-0000-4000-8000-0000000000aa"));

        Outcome<Authorization> outcome = bed.service.decide(BOB, unknown, true, "approve");

        assertThat(outcome).isInstanceOf(Outcome.NotFound.class);
        assertDeniedEntry(AuditAction.APPROVE, "bob", unknown.toString());
    }

    // --- helpers ---

    private Instant now() {
        return bed.clock.instant();
    }

    private Authorization approvedThreat() {
        Authorization requested =
                bed.service.request(ALICE, threatToLife(suspect)).orElseThrow();
        return bed.service.decide(BOB, requested.id(), true, "necessary").orElseThrow();
    }

    private AuthorizationStatus status(Authorization authorization) {
        return bed.authorizations.find(authorization.id()).orElseThrow().status();
    }

    private PolicyDecision faceCheck(Instant at) {
        return bed.policy.check(ProcessingRequest.face(suspect, at, QUITO, "cam-7"));
    }

    /** The reason a face match now would be denied, or null when permitted: the detail text is for people. */
    private @Nullable Reason denial(Instant at) {
        return faceCheck(at) instanceof Deny deny ? deny.reason() : null;
    }

    private void assertNotificationTaskFor(Authorization authorization) {
        assertThat(bed.notifications.all()).singleElement().satisfies(task -> {
            assertThat(task.authorizationId()).isEqualTo(authorization.id());
            assertThat(task.subjectId()).isEqualTo(authorization.subjectId());
            assertThat(task.status()).isEqualTo(NotificationTask.Status.PENDING);
        });
        assertThat(bed.audit.entries())
                .anyMatch(e -> e.record().objectType() == AuditObjectType.NOTIFICATION_TASK
                        && e.record().action() == AuditAction.CREATE);
    }

    private void assertDeniedEntry(AuditAction action, String username, String objectId) {
        AuditEntry last = bed.audit.last();
        assertThat(last.record().result()).isEqualTo(AuditResult.DENIED);
        assertThat(last.record().action()).isEqualTo(action);
        assertThat(last.record().username()).isEqualTo(username);
        assertThat(last.record().objectId()).isEqualTo(objectId);
        assertThat(last.record().detail()).isNotBlank();
    }

    private static List<String> violationFields(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
        return ((Outcome.Invalid<?>) outcome)
                .violations().stream().map(Outcome.Violation::field).toList();
    }

    private AuthorizationRequest threatToLife(SubjectId subject) {
        return request(subject, Purpose.IMMINENT_THREAT_TO_LIFE, UseMode.LIVE, null, Set.of(DataKind.FACE), null);
    }

    private AuthorizationRequest urgentThreat(SubjectId subject) {
        return request(
                subject,
                Purpose.IMMINENT_THREAT_TO_LIFE,
                UseMode.LIVE,
                null,
                Set.of(DataKind.FACE),
                "credible bomb threat at the stadium tonight");
    }

    private AuthorizationRequest suspectSearch(Offence offence) {
        return request(suspect, Purpose.SERIOUS_OFFENCE_SUSPECT, UseMode.LIVE, offence, Set.of(DataKind.FACE), null);
    }

    private AuthorizationRequest request(
            SubjectId subject,
            Purpose purpose,
            UseMode mode,
            @Nullable Offence offence,
            Set<DataKind> kinds,
            @Nullable String urgentReason) {
        return new AuthorizationRequest(
                subject,
                purpose,
                mode,
                offence,
                kinds,
                List.of(),
                Set.of(),
                BASIS,
                now(),
                now().plus(Duration.ofDays(30)),
                urgentReason,
                false);
    }

    private static AuthorizationRequest withWindow(AuthorizationRequest r, Instant notBefore, Instant expiresAt) {
        return new AuthorizationRequest(
                r.subjectId(),
                r.purpose(),
                r.mode(),
                r.offence(),
                r.dataKinds(),
                r.areas(),
                r.cameraIds(),
                r.legalBasis(),
                notBefore,
                expiresAt,
                r.urgentReason(),
                r.demo());
    }
}
