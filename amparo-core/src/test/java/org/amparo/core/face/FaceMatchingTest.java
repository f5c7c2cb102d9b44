package org.amparo.core.face;

import static org.amparo.core.testing.FakePhotoAnalyzer.photo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditEntry;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.camera.Camera;
import org.amparo.core.evidence.EvidenceKind;
import org.amparo.core.evidence.Sha256;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.GeoPolygon;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.DataKind;
import org.amparo.core.legal.Purpose;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.testing.FaceTestbed;
import org.amparo.core.testing.InMemoryAuditLog;
import org.amparo.core.testing.InMemoryEvidenceStore;
import org.amparo.core.testing.InMemoryFaceMatchStore;
import org.amparo.core.testing.LegalTestbed;
import org.amparo.core.transparency.StatisticKind;
import org.junit.jupiter.api.Test;

class FaceMatchingTest {
    private final FaceTestbed bed = FaceTestbed.inMemory();
    private final Camera inScope = bed.camera("Parque Calderón N", FaceTestbed.PARQUE_CALDERON);
    private final Camera other = bed.camera("Terminal Terrestre", new GeoPoint(-2.8920, -78.9930));
    private final SubjectId ana = bed.subject("Ana Quispe");

    private Authorization enrolAna(Set<String> cameras) {
        Authorization a = bed.faceSearch(ana, cameras);
        bed.watchlist
                .enrol(LegalTestbed.ALICE, ana, a.id(), List.of(photo("ana", 1), photo("ana", 2)))
                .orElseThrow();
        return a;
    }

    private FrameReport frame(Camera camera, CountingProbe... probes) {
        try (MatchingSession session =
                bed.matching.open(FaceTestbed.ADMIN, camera.id()).orElseThrow()) {
            return session.process(bed.clock.instant(), List.of(probes));
        }
    }

    private InMemoryFaceMatchStore matches() {
        return (InMemoryFaceMatchStore) bed.backing.matches();
    }

    private InMemoryEvidenceStore evidence() {
        return (InMemoryEvidenceStore) bed.backing.evidence();
    }

    private List<AuditEntry> audited(AuditObjectType type) {
        return ((InMemoryAuditLog) bed.backing.audit())
                .entries().stream().filter(e -> e.record().objectType() == type).toList();
    }

    @Test
    void anEnrolledPersonAtAnInScopeCameraGivesOnePendingMatchWithEvidenceAndAudit() {
        Authorization a = enrolAna(Set.of(inScope.id().toString()));
        CountingProbe probe = new CountingProbe("ana", 7);

        FrameReport report = frame(inScope, probe);

        assertThat(report.matches()).isOne();
        FaceMatch match = matches().all().getFirst();
        assertThat(match.status()).isEqualTo(FaceMatchStatus.PENDING_CONFIRMATION);
        assertThat(match.sighting().authorizationId()).isEqualTo(a.id());
        assertThat(match.sighting().position()).isEqualTo(FaceTestbed.PARQUE_CALDERON);
        assertThat(match.sighting().similarity()).isGreaterThanOrEqualTo(FaceSettings.DEFAULT_MIN_SIMILARITY);
        assertThat(match.galleryVersion()).isEqualTo(bed.gallery.version());
        assertThat(probe.cropRequests()).isOne();
        assertThat(evidence().records())
                .filteredOn(r -> r.kind() == EvidenceKind.PROBE_CROP)
                .singleElement()
                .satisfies(r -> assertThat(r.sha256()).isEqualTo(Sha256.hex(probe.evidenceCrop())));
        assertThat(audited(AuditObjectType.FACE_MATCH)).singleElement().satisfies(e -> assertThat(
                        e.record().detail())
                .contains("galleryVersion=" + bed.gallery.version())
                .contains("probeSha256=" + match.sighting().probeSha256()));
        assertThat(audited(AuditObjectType.FACE_SEARCH))
                .extracting(e -> e.record().detail())
                .satisfiesExactly(
                        start -> assertThat(start).startsWith("session start camera=" + inScope.id()),
                        end -> assertThat(end).contains("faces=1 matches=1 unmatched=0"));
        assertThat(bed.statistics.events(StatisticKind.MATCH)).hasSize(1);
    }

    @Test
    void theSameFaceAtAnOutOfScopeCameraIsDroppedAndCounted() {
        enrolAna(Set.of(inScope.id().toString()));
        CountingProbe probe = new CountingProbe("ana", 7);

        FrameReport report = frame(other, probe);

        assertThat(report.matches()).isZero();
        assertThat(report.dropped()).isEqualTo(Map.of("CAMERA_NOT_COVERED", 1));
        assertThat(probe.cropRequests()).isZero();
        assertThat(matches().all()).isEmpty();
        assertThat(evidence().records()).allMatch(r -> r.kind() == EvidenceKind.ENROLMENT_PHOTO);
        assertThat(audited(AuditObjectType.FACE_SEARCH).getLast().record().detail())
                .contains("droppedOutOfScope={CAMERA_NOT_COVERED=1}");
    }

    @Test
    void outsideTheWindowOrTheAreaNothingIsStored() {
        GeoArea quito = GeoArea.of(new GeoPolygon(List.of(List.of(
                new GeoPoint(-0.30, -78.60),
                new GeoPoint(-0.30, -78.40),
                new GeoPoint(-0.10, -78.40),
                new GeoPoint(-0.10, -78.60),
                new GeoPoint(-0.30, -78.60)))));
        SubjectId luis = bed.subject("Luis Pérez");
        Authorization inQuito = bed.authorization(
                luis, Purpose.VICTIM_OR_MISSING_PERSON_SEARCH, Set.of(DataKind.FACE), Set.of(), List.of(quito), null);
        bed.watchlist
                .enrol(LegalTestbed.ALICE, luis, inQuito.id(), List.of(photo("luis", 1)))
                .orElseThrow();
        enrolAna(Set.of());

        assertThat(frame(inScope, new CountingProbe("luis", 3)).dropped()).isEqualTo(Map.of("OUTSIDE_AREA", 1));
        bed.clock.advance(Duration.ofDays(8));
        assertThat(frame(inScope, new CountingProbe("ana", 3)).dropped()).isEqualTo(Map.of("EXPIRED", 1));
        assertThat(matches().all()).isEmpty();
    }

    @Test
    void facesThatMatchNobodyAreNeverEncodedNorStored() {
        enrolAna(Set.of());
        CountingProbe stranger = new CountingProbe("stranger", 1);
        CountingProbe passerBy = new CountingProbe("passer-by", 2);

        FrameReport report = frame(inScope, stranger, passerBy, new CountingProbe("ana", 4));

        assertThat(report.faces()).isEqualTo(3);
        assertThat(report.unmatched()).isEqualTo(2);
        assertThat(report.matches()).isOne();
        assertThat(stranger.cropRequests()).isZero();
        assertThat(passerBy.cropRequests()).isZero();
        assertThat(evidence().records())
                .filteredOn(r -> r.kind() == EvidenceKind.PROBE_CROP)
                .hasSize(1);
        assertThat(((InMemoryAuditLog) bed.backing.audit()).entries())
                .noneMatch(e -> e.record().detail().contains("stranger")
                        || e.record().detail().contains("passer-by"));
    }

    @Test
    void aDisabledOrUnknownCameraOpensNoSession() {
        bed.cameras.setEnabled(FaceTestbed.ADMIN, other.id(), false).orElseThrow();
        assertThat(bed.matching.open(FaceTestbed.ADMIN, other.id()))
                .isInstanceOf(org.amparo.core.engine.Outcome.Conflict.class);
        assertThat(bed.matching.open(FaceTestbed.ADMIN, new org.amparo.core.camera.CameraId(bed.ids.next())))
                .isInstanceOf(org.amparo.core.engine.Outcome.NotFound.class);
        assertThat(audited(AuditObjectType.FACE_SEARCH))
                .allMatch(e -> e.record().action() == AuditAction.SEARCH)
                .hasSize(2);
    }
}
