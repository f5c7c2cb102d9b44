package org.amparo.core.face;

import static org.amparo.core.testing.FakePhotoAnalyzer.photo;
import static org.amparo.core.testing.FakePhotoAnalyzer.unusable;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditResult;
import org.amparo.core.engine.Outcome;
import org.amparo.core.evidence.EvidenceKind;
import org.amparo.core.evidence.Sha256;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.DataKind;
import org.amparo.core.legal.Purpose;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.testing.FaceTestbed;
import org.amparo.core.testing.FakePhotoAnalyzer;
import org.amparo.core.testing.InMemoryAuditLog;
import org.amparo.core.testing.InMemoryEvidenceStore;
import org.amparo.core.testing.LegalTestbed;
import org.junit.jupiter.api.Test;

class WatchlistServiceTest {
    private final FaceTestbed bed = FaceTestbed.inMemory();
    private final SubjectId subject = bed.subject("Ana Quispe");

    private Outcome<WatchlistEntry> enrol(Authorization a, byte[]... photos) {
        return bed.watchlist.enrol(LegalTestbed.ALICE, subject, a.id(), List.of(photos));
    }

    private long deniedEnrolments() {
        return ((InMemoryAuditLog) bed.backing.audit())
                .entries().stream()
                        .filter(e -> e.record().objectType() == AuditObjectType.WATCHLIST_ENTRY
                                && e.record().result() == AuditResult.DENIED)
                        .count();
    }

    private static List<Byte> boxed(byte[] bytes) {
        java.util.ArrayList<Byte> list = new java.util.ArrayList<>();
        for (byte b : bytes) {
            list.add(b);
        }
        return list;
    }

    @Test
    void enrolsUploadedPhotosWithSealedTemplatesAndEncryptedPhotos() {
        Authorization a = bed.faceSearch(subject, Set.of());
        WatchlistEntry entry = enrol(a, photo("ana", 1), photo("ana", 2)).orElseThrow();

        assertThat(entry.templates()).hasSize(2);
        EnrolledTemplate t = entry.templates().getFirst();
        FaceTemplate plain = FakePhotoAnalyzer.template("ana", 1);
        assertThat(t.templateSha256()).isEqualTo(plain.sha256());
        assertThat(java.util.Collections.indexOfSubList(boxed(t.sealed().bytes()), boxed(plain.toBytes())))
                .isEqualTo(-1);
        assertThat(t.sealed().length()).isEqualTo(12 + FaceTemplate.BYTES + 16);
        InMemoryEvidenceStore evidence = (InMemoryEvidenceStore) bed.backing.evidence();
        assertThat(evidence.records())
                .extracting(r -> r.kind())
                .containsExactly(EvidenceKind.ENROLMENT_PHOTO, EvidenceKind.ENROLMENT_PHOTO);
        assertThat(evidence.records().getFirst().sha256()).isEqualTo(Sha256.hex(photo("ana", 1)));
        assertThat(bed.gallery.size()).isEqualTo(2);
        assertThat(bed.gallery.version()).isNotEqualTo(GalleryVersion.EMPTY);
    }

    @Test
    void refusesAPurposeThatDoesNotAllowFaceIdentification() {
        Authorization location = bed.authorization(
                subject, Purpose.VICTIM_OR_MISSING_PERSON_SEARCH, Set.of(DataKind.LOCATION), Set.of(), List.of(), null);
        assertThat(enrol(location, photo("ana", 1)))
                .isInstanceOfSatisfying(
                        Outcome.Conflict.class, c -> assertThat(c.reason()).contains("does not cover data kind FACE"));
        assertThat(deniedEnrolments()).isOne();
        assertThat(bed.gallery.size()).isZero();
    }

    @Test
    void refusesAnAuthorizationNotYetApproved() {
        Authorization requested = bed.authorizationService
                .request(
                        LegalTestbed.ALICE,
                        new org.amparo.core.legal.AuthorizationRequest(
                                subject,
                                Purpose.VICTIM_OR_MISSING_PERSON_SEARCH,
                                org.amparo.core.legal.UseMode.LIVE,
                                null,
                                Set.of(DataKind.FACE),
                                List.of(),
                                Set.of(),
                                new org.amparo.core.legal.LegalBasis("Juez", "COIP", "R-1"),
                                bed.clock.instant(),
                                bed.clock.instant().plusSeconds(86_400),
                                null,
                                false))
                .orElseThrow();
        assertThat(enrol(requested, photo("ana", 1)))
                .isInstanceOfSatisfying(
                        Outcome.Conflict.class, c -> assertThat(c.reason()).contains("REQUESTED and not in effect"));
        assertThat(deniedEnrolments()).isOne();
    }

    @Test
    void refusesUnusablePhotosNamingEachOneAndStoresNothing() {
        Authorization a = bed.faceSearch(subject, Set.of());
        Outcome<WatchlistEntry> outcome =
                enrol(a, photo("ana", 1), unusable("several faces"), unusable("no face was found"));
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Invalid.class, i -> assertThat(i.violations())
                .containsExactly(
                        new Outcome.Violation("photos[1]", "several faces"),
                        new Outcome.Violation("photos[2]", "no face was found")));
        assertThat(((InMemoryEvidenceStore) bed.backing.evidence()).records()).isEmpty();
        assertThat(bed.backing.watchlist().all()).isEmpty();
        assertThat(deniedEnrolments()).isOne();
    }

    @Test
    void refusesNonInvestigatorsNoPhotosAndASecondEntry() {
        Authorization a = bed.faceSearch(subject, Set.of());
        assertThat(bed.watchlist.enrol(LegalTestbed.OSCAR, subject, a.id(), List.of(photo("ana", 1))))
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(enrol(a)).isInstanceOf(Outcome.Invalid.class);
        assertThat(enrol(a, photo("ana", 1))).isInstanceOf(Outcome.Done.class);
        assertThat(enrol(a, photo("ana", 2))).isInstanceOf(Outcome.Conflict.class);
        SubjectId other = bed.subject("Otra Persona");
        assertThat(bed.watchlist.enrol(LegalTestbed.ALICE, other, a.id(), List.of(photo("ana", 1))))
                .isInstanceOfSatisfying(
                        Outcome.Conflict.class, c -> assertThat(c.reason()).contains("names another subject"));
    }

    @Test
    void anUrgentRequestMayEnrolBeforeApproval() {
        Authorization urgent = bed.authorization(
                subject,
                Purpose.VICTIM_OR_MISSING_PERSON_SEARCH,
                Set.of(DataKind.FACE),
                Set.of(),
                List.of(),
                "child abducted an hour ago");
        assertThat(enrol(urgent, photo("ana", 1))).isInstanceOf(Outcome.Done.class);
    }
}
