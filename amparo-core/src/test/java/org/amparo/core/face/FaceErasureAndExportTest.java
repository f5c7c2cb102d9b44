package org.amparo.core.face;

import static org.amparo.core.testing.FakePhotoAnalyzer.photo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.camera.Camera;
import org.amparo.core.engine.Outcome;
import org.amparo.core.evidence.BundleCheck;
import org.amparo.core.evidence.EvidenceBundle;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.DataKind;
import org.amparo.core.legal.Purpose;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.testing.FaceTestbed;
import org.amparo.core.testing.InMemoryAuditLog;
import org.amparo.core.testing.InMemoryEvidenceStore;
import org.amparo.core.testing.InMemoryFaceMatchStore;
import org.amparo.core.testing.LegalTestbed;
import org.junit.jupiter.api.Test;

class FaceErasureAndExportTest {
    private final FaceTestbed bed = FaceTestbed.inMemory();
    private final Camera camera = bed.camera("Parque Calderón N", FaceTestbed.PARQUE_CALDERON);
    private final SubjectId ana = bed.subject("Ana Quispe");

    private FaceMatchId matchUnder(Authorization a) {
        bed.watchlist
                .enrol(LegalTestbed.ALICE, ana, a.id(), List.of(photo("ana", 1)))
                .orElseThrow();
        try (MatchingSession s =
                bed.matching.open(FaceTestbed.ADMIN, camera.id()).orElseThrow()) {
            return s.process(bed.clock.instant(), List.of(new CountingProbe("ana", 2)))
                    .created()
                    .getFirst();
        }
    }

    @Test
    void rejectingAnUrgentRequestErasesEverythingItProducedAndEmptiesTheGallery() {
        Authorization urgent = bed.authorization(
                ana, Purpose.VICTIM_OR_MISSING_PERSON_SEARCH, Set.of(DataKind.FACE), Set.of(), List.of(), "abducted");
        matchUnder(urgent);
        assertThat(bed.gallery.size()).isOne();

        bed.authorizationService
                .decide(LegalTestbed.BOB, urgent.id(), false, "not proportionate")
                .orElseThrow();

        assertThat(((InMemoryFaceMatchStore) bed.backing.matches()).all()).isEmpty();
        assertThat(bed.backing.watchlist().all()).isEmpty();
        assertThat(((InMemoryEvidenceStore) bed.backing.evidence()).records()).isEmpty();
        assertThat(bed.gallery.size()).isZero();
        assertThat(bed.gallery.version()).isEqualTo(GalleryVersion.EMPTY);
    }

    @Test
    void anInvestigatorExportsASignedBundleThatVerifiesAndEveryAccessIsAudited() {
        FaceMatchId id = matchUnder(bed.faceSearch(ana, Set.of()));
        FaceMatch match = bed.backing.matches().find(id).orElseThrow();

        EvidenceView crop = bed.evidence
                .view(LegalTestbed.OSCAR, match.sighting().probeCrop(), "reviewing the match")
                .orElseThrow();
        EvidenceExport export = bed.evidence
                .export(LegalTestbed.DAVE, id, "requested by the prosecutor")
                .orElseThrow();

        assertThat(crop.record().sha256()).isEqualTo(match.sighting().probeSha256());
        assertThat(EvidenceBundle.verify(export.zip(), bed.signer.fingerprint()))
                .isInstanceOfSatisfying(BundleCheck.Verified.class, v -> assertThat(v.files())
                        .containsExactly("probe-crop.jpg", "enrolled-photo.jpg"));
        assertThat(((InMemoryAuditLog) bed.backing.audit()).entries())
                .filteredOn(e -> e.record().objectType() == AuditObjectType.EVIDENCE)
                .extracting(e -> e.record().action())
                .containsExactly(AuditAction.READ, AuditAction.EXPORT);
    }

    @Test
    void viewsNeedAJustificationAndExportsAnInvestigatorOrSupervisor() {
        FaceMatchId id = matchUnder(bed.faceSearch(ana, Set.of()));
        FaceMatch match = bed.backing.matches().find(id).orElseThrow();
        assertThat(bed.evidence.view(LegalTestbed.OSCAR, match.sighting().probeCrop(), " "))
                .isInstanceOf(Outcome.Invalid.class);
        assertThat(bed.evidence.export(LegalTestbed.OSCAR, id, "curious")).isInstanceOf(Outcome.Forbidden.class);
        assertThat(bed.evidence.view(FaceTestbed.ADMIN, match.sighting().probeCrop(), "why"))
                .isInstanceOf(Outcome.Forbidden.class);
    }
}
