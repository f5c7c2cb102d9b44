package org.amparo.core.face;

import static org.amparo.core.face.VerdictKind.CONFIRM;
import static org.amparo.core.face.VerdictKind.REJECT;
import static org.amparo.core.testing.FakePhotoAnalyzer.photo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.camera.Camera;
import org.amparo.core.engine.Outcome;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.testing.FaceTestbed;
import org.amparo.core.testing.InMemoryAuditLog;
import org.amparo.core.testing.LegalTestbed;
import org.amparo.core.transparency.StatisticKind;
import org.junit.jupiter.api.Test;

class FaceMatchServiceTest {
    private static final Actor OSCAR = LegalTestbed.OSCAR;
    private static final Actor SARA = FaceTestbed.SARA;
    private static final Actor DAVE = LegalTestbed.DAVE;

    private final FaceTestbed bed = FaceTestbed.inMemory();
    private final Camera camera = bed.camera("Parque Calderón N", FaceTestbed.PARQUE_CALDERON);
    private final SubjectId ana = bed.subject("Ana Quispe");
    private final Authorization authorization = bed.faceSearch(ana, Set.of());
    private final FaceMatchId match;

    FaceMatchServiceTest() {
        bed.watchlist
                .enrol(LegalTestbed.ALICE, ana, authorization.id(), List.of(photo("ana", 1)))
                .orElseThrow();
        try (MatchingSession s =
                bed.matching.open(FaceTestbed.ADMIN, camera.id()).orElseThrow()) {
            match = s.process(bed.clock.instant(), List.of(new CountingProbe("ana", 2)))
                    .created()
                    .getFirst();
        }
    }

    @Test
    void twoDifferentReviewersConfirmAndTheListenerHearsOfIt() {
        FaceMatch first = bed.reviews.decide(OSCAR, match, CONFIRM).orElseThrow();
        assertThat(first.status()).isEqualTo(FaceMatchStatus.PENDING_CONFIRMATION);
        assertThat(bed.confirmed).isEmpty();

        FaceMatch second = bed.reviews.decide(SARA, match, CONFIRM).orElseThrow();

        assertThat(second.status()).isEqualTo(FaceMatchStatus.CONFIRMED);
        assertThat(second.verdicts()).extracting(Verdict::username).containsExactly("oscar", "sara");
        assertThat(bed.confirmed).containsExactly(second);
        assertThat(bed.statistics.events(StatisticKind.MATCH_CONFIRMED)).hasSize(1);
        assertThat(((InMemoryAuditLog) bed.backing.audit()).entries())
                .filteredOn(e -> e.record().detail().startsWith("verdict="))
                .extracting(e -> e.record().username())
                .containsExactly("oscar", "sara");
    }

    @Test
    void theSamePersonConfirmingTwiceIsAConflict() {
        bed.reviews.decide(OSCAR, match, CONFIRM).orElseThrow();
        assertThat(bed.reviews.decide(OSCAR, match, CONFIRM)).isInstanceOf(Outcome.Conflict.class);
        assertThat(bed.reviews.decide(OSCAR, match, REJECT)).isInstanceOf(Outcome.Conflict.class);
        assertThat(bed.backing.matches().find(match).orElseThrow().status())
                .isEqualTo(FaceMatchStatus.PENDING_CONFIRMATION);
    }

    @Test
    void oneRejectionRejectsAndEndsReview() {
        bed.reviews.decide(OSCAR, match, CONFIRM).orElseThrow();
        FaceMatch rejected = bed.reviews.decide(DAVE, match, REJECT).orElseThrow();
        assertThat(rejected.status()).isEqualTo(FaceMatchStatus.REJECTED);
        assertThat(bed.reviews.decide(SARA, match, CONFIRM)).isInstanceOf(Outcome.Conflict.class);
        assertThat(bed.statistics.events(StatisticKind.MATCH_REJECTED)).hasSize(1);
        assertThat(bed.confirmed).isEmpty();
    }

    @Test
    void theEnrollerAndRequesterMayRejectButNotConfirm() {
        assertThat(bed.reviews.decide(LegalTestbed.ALICE, match, CONFIRM)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(bed.reviews.decide(LegalTestbed.ALICE, match, REJECT)).isInstanceOf(Outcome.Done.class);
    }

    @Test
    void rolesOutsideReviewAreForbidden() {
        assertThat(bed.reviews.decide(FaceTestbed.ADMIN, match, CONFIRM)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(bed.reviews.decide(LegalTestbed.BOB, match, CONFIRM)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(bed.reviews.decide(new Actor("audrey", Set.of(Role.AUDITOR)), match, CONFIRM))
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(bed.reviews.list(OSCAR, new FaceMatchQuery(FaceMatchStatus.PENDING_CONFIRMATION, null, 10)))
                .isInstanceOfSatisfying(
                        Outcome.Done.class, d -> assertThat((List<?>) d.value()).hasSize(1));
    }

    @Test
    void aRevokedAuthorizationsMatchCanOnlyBeRejected() {
        bed.authorizationService
                .revoke(LegalTestbed.BOB, authorization.id(), "no longer necessary")
                .orElseThrow();
        assertThat(bed.reviews.decide(OSCAR, match, CONFIRM)).isInstanceOf(Outcome.Conflict.class);
        assertThat(bed.reviews.decide(OSCAR, match, REJECT)).isInstanceOf(Outcome.Done.class);
        assertThat(bed.gallery.size()).isZero();
    }
}
