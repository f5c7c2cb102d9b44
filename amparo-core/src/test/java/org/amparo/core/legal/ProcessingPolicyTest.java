package org.amparo.core.legal;

import static org.amparo.core.legal.PolicyFixtures.T0;
import static org.amparo.core.legal.PolicyFixtures.approved;
import static org.amparo.core.legal.PolicyFixtures.authorization;
import static org.amparo.core.legal.PolicyFixtures.authorizationId;
import static org.amparo.core.legal.PolicyFixtures.rectangle;
import static org.amparo.core.legal.PolicyFixtures.subjectId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.legal.PolicyDecision.Deny;
import org.amparo.core.legal.PolicyDecision.Permit;
import org.amparo.core.legal.PolicyDecision.Reason;
import org.amparo.core.testing.InMemoryAuthorizationStore;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Every answer of {@link ProcessingPolicy}: one permit, each deny reason, and how candidates combine. */
class ProcessingPolicyTest {
    private static final SubjectId SUBJECT = subjectId(1);
    private static final SubjectId OTHER = subjectId(2);
    /** Central Quito, roughly. */
    private static final GeoArea QUITO = rectangle(-0.30, -78.60, -0.05, -78.40);

    private static final GeoPoint INSIDE = new GeoPoint(-0.18, -78.47);
    private static final GeoPoint OUTSIDE = new GeoPoint(-2.19, -79.89);
    private static final Scope FACE_IN_QUITO =
            new Scope(List.of(QUITO), Set.of("cam-1", "cam-2"), Set.of(DataKind.FACE));
    private static final Instant DURING = T0.plus(Duration.ofDays(1));

    private final InMemoryAuthorizationStore store = new InMemoryAuthorizationStore();
    private final ProcessingPolicy policy = new ProcessingPolicy(store);

    @Test
    void permitsInsideAreaWindowKindAndCamera() {
        Authorization a = approved(authorizationId(1), SUBJECT, FACE_IN_QUITO);
        store.insert(a);

        assertThat(policy.check(ProcessingRequest.face(SUBJECT, DURING, INSIDE, "cam-1")))
                .isEqualTo(new Permit(a.id(), Purpose.VICTIM_OR_MISSING_PERSON_SEARCH));
    }

    @Test
    void theWindowIncludesItsStartAndExcludesItsEnd() {
        Authorization a = approved(authorizationId(1), SUBJECT, FACE_IN_QUITO);
        store.insert(a);

        assertThat(reason(ProcessingRequest.face(SUBJECT, a.notBefore(), INSIDE, "cam-1")))
                .isNull();
        assertThat(reason(ProcessingRequest.face(SUBJECT, a.notBefore().minusMillis(1), INSIDE, "cam-1")))
                .isEqualTo(Reason.NOT_YET_VALID);
        assertThat(reason(ProcessingRequest.face(SUBJECT, a.expiresAt().minusMillis(1), INSIDE, "cam-1")))
                .isNull();
        assertThat(reason(ProcessingRequest.face(SUBJECT, a.expiresAt(), INSIDE, "cam-1")))
                .isEqualTo(Reason.EXPIRED);
    }

    @Test
    void deniesBeforeTheWindowOpens() {
        store.insert(authorization(
                authorizationId(1),
                SUBJECT,
                AuthorizationStatus.APPROVED,
                FACE_IN_QUITO,
                T0.plus(Duration.ofDays(2)),
                T0.plus(Duration.ofDays(5)),
                null));

        assertThat(reason(ProcessingRequest.face(SUBJECT, DURING, INSIDE, "cam-1")))
                .isEqualTo(Reason.NOT_YET_VALID);
    }

    @Test
    void deniesAfterTheWindowClosesEvenWhileTheStatusIsStillApproved() {
        Authorization a = approved(authorizationId(1), SUBJECT, FACE_IN_QUITO);
        store.insert(a);

        assertThat(a.status()).isEqualTo(AuthorizationStatus.APPROVED);
        assertThat(reason(ProcessingRequest.face(SUBJECT, a.expiresAt().plusSeconds(1), INSIDE, "cam-1")))
                .isEqualTo(Reason.EXPIRED);
    }

    @Test
    void deniesADataKindTheScopeDoesNotCover() {
        store.insert(approved(authorizationId(1), SUBJECT, FACE_IN_QUITO));

        assertThat(reason(ProcessingRequest.location(SUBJECT, DURING, INSIDE))).isEqualTo(Reason.DATA_KIND_NOT_COVERED);
    }

    @Test
    void deniesACameraOutsideTheScope() {
        store.insert(approved(authorizationId(1), SUBJECT, FACE_IN_QUITO));

        assertThat(reason(ProcessingRequest.face(SUBJECT, DURING, INSIDE, "cam-9")))
                .isEqualTo(Reason.CAMERA_NOT_COVERED);
    }

    @Test
    void deniesAPositionOutsideTheAreas() {
        store.insert(approved(authorizationId(1), SUBJECT, FACE_IN_QUITO));

        assertThat(reason(ProcessingRequest.face(SUBJECT, DURING, OUTSIDE, "cam-1")))
                .isEqualTo(Reason.OUTSIDE_AREA);
    }

    @Test
    void deniesAnUnknownPositionWhenTheScopeIsLimitedToAreas() {
        store.insert(approved(authorizationId(1), SUBJECT, FACE_IN_QUITO));

        assertThat(reason(ProcessingRequest.face(SUBJECT, DURING, null, "cam-1")))
                .isEqualTo(Reason.OUTSIDE_AREA);
    }

    @Test
    void permitsAnUnknownPositionWhenTheScopeIsTheWholeCountry() {
        store.insert(approved(authorizationId(1), SUBJECT, new Scope(List.of(), Set.of(), Set.of(DataKind.FACE))));

        assertThat(reason(ProcessingRequest.face(SUBJECT, DURING, null, "any-camera")))
                .isNull();
    }

    @Test
    void deniesWhileARequestAwaitsApproval() {
        store.insert(authorization(
                authorizationId(1),
                SUBJECT,
                AuthorizationStatus.REQUESTED,
                FACE_IN_QUITO,
                T0,
                T0.plus(Duration.ofDays(10)),
                null));

        assertThat(reason(ProcessingRequest.face(SUBJECT, DURING, INSIDE, "cam-1")))
                .isEqualTo(Reason.AWAITING_APPROVAL);
    }

    @Test
    void deniesWhenNoAuthorizationNamesTheSubject() {
        store.insert(approved(authorizationId(1), OTHER, FACE_IN_QUITO));

        assertThat(reason(ProcessingRequest.face(SUBJECT, DURING, INSIDE, "cam-1")))
                .isEqualTo(Reason.NO_AUTHORIZATION);
    }

    @Test
    void deniesUnderEndedAuthorizations() {
        for (AuthorizationStatus ended :
                List.of(AuthorizationStatus.REJECTED, AuthorizationStatus.REVOKED, AuthorizationStatus.EXPIRED)) {
            Authorization a = authorization(
                    authorizationId(1), SUBJECT, ended, FACE_IN_QUITO, T0, T0.plus(Duration.ofDays(10)), null);
            assertThat(ProcessingPolicy.evaluate(a, ProcessingRequest.face(SUBJECT, DURING, INSIDE, "cam-1")))
                    .as(ended.name())
                    .isInstanceOfSatisfying(
                            Deny.class, d -> assertThat(d.reason().name()).isEqualTo(ended.name()));
        }
    }

    @Test
    void withSeveralAuthorizationsTheMostSpecificReasonWins() {
        store.insert(authorization(
                authorizationId(1),
                SUBJECT,
                AuthorizationStatus.REVOKED,
                FACE_IN_QUITO,
                T0,
                T0.plus(Duration.ofDays(10)),
                null));
        store.insert(authorization(
                authorizationId(2),
                SUBJECT,
                AuthorizationStatus.APPROVED,
                FACE_IN_QUITO,
                T0.plus(Duration.ofDays(3)),
                T0.plus(Duration.ofDays(10)),
                null));
        store.insert(approved(authorizationId(3), SUBJECT, FACE_IN_QUITO));

        assertThat(reason(ProcessingRequest.face(SUBJECT, DURING, OUTSIDE, "cam-1")))
                .as("revoked, not yet valid and outside area: the area is the most specific")
                .isEqualTo(Reason.OUTSIDE_AREA);
        assertThat(reason(ProcessingRequest.face(SUBJECT, DURING, INSIDE, "cam-1")))
                .as("one permits")
                .isNull();
    }

    @Test
    void theMostSpecificReasonDoesNotDependOnStoreOrder() {
        store.insert(
                approved(authorizationId(1), SUBJECT, new Scope(List.of(QUITO), Set.of(), Set.of(DataKind.LOCATION))));
        store.insert(authorization(
                authorizationId(2),
                SUBJECT,
                AuthorizationStatus.EXPIRED,
                FACE_IN_QUITO,
                T0,
                T0.plus(Duration.ofDays(10)),
                null));

        assertThat(reason(ProcessingRequest.face(SUBJECT, DURING, INSIDE, "cam-1")))
                .isEqualTo(Reason.DATA_KIND_NOT_COVERED);
    }

    @Test
    void anAuthorizationIdRestrictsTheCheckToThatAuthorization() {
        Authorization outsideQuito = approved(
                authorizationId(1),
                SUBJECT,
                new Scope(List.of(rectangle(-2.3, -80.0, -2.0, -79.8)), Set.of(), Set.of(DataKind.FACE)));
        Authorization quito = approved(authorizationId(2), SUBJECT, FACE_IN_QUITO);
        store.insert(outsideQuito);
        store.insert(quito);
        ProcessingRequest inQuito = ProcessingRequest.face(SUBJECT, DURING, INSIDE, "cam-1");

        assertThat(reason(inQuito)).isNull();
        assertThat(reason(inQuito.under(outsideQuito.id()))).isEqualTo(Reason.OUTSIDE_AREA);
        assertThat(policy.check(inQuito.under(quito.id()))).isEqualTo(new Permit(quito.id(), quito.purpose()));
    }

    @Test
    void anAuthorizationIdCountsOnlyIfItNamesTheSubject() {
        Authorization others = approved(authorizationId(1), OTHER, FACE_IN_QUITO);
        store.insert(others);
        store.insert(approved(authorizationId(2), SUBJECT, FACE_IN_QUITO));

        assertThat(reason(
                        ProcessingRequest.face(SUBJECT, DURING, INSIDE, "cam-1").under(others.id())))
                .isEqualTo(Reason.NO_AUTHORIZATION);
        assertThat(reason(
                        ProcessingRequest.face(SUBJECT, DURING, INSIDE, "cam-1").under(authorizationId(99))))
                .isEqualTo(Reason.NO_AUTHORIZATION);
    }

    @Test
    void anUrgentRequestIsInEffectUntilItsDeadline() {
        Authorization urgent = authorization(
                authorizationId(1),
                SUBJECT,
                AuthorizationStatus.REQUESTED,
                FACE_IN_QUITO,
                T0,
                T0.plus(Duration.ofDays(10)),
                "hostage situation");
        store.insert(urgent);

        assertThat(reason(ProcessingRequest.face(SUBJECT, T0.plus(Duration.ofHours(23)), INSIDE, "cam-1")))
                .isNull();
        assertThat(reason(ProcessingRequest.face(SUBJECT, urgent.urgentDeadline(), INSIDE, "cam-1")))
                .isEqualTo(Reason.URGENT_DEADLINE_LAPSED);
    }

    private @Nullable Reason reason(ProcessingRequest request) {
        return policy.check(request) instanceof Deny deny ? deny.reason() : null;
    }
}
