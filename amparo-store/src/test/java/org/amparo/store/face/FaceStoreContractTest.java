package org.amparo.store.face;

import static org.amparo.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.amparo.core.camera.Camera;
import org.amparo.core.camera.CameraId;
import org.amparo.core.evidence.BlobCipher;
import org.amparo.core.evidence.EvidenceId;
import org.amparo.core.evidence.EvidenceKind;
import org.amparo.core.evidence.EvidenceRecord;
import org.amparo.core.evidence.IntegrityException;
import org.amparo.core.face.EnrolledTemplate;
import org.amparo.core.face.FaceDataEraser;
import org.amparo.core.face.FaceMatch;
import org.amparo.core.face.FaceMatchId;
import org.amparo.core.face.FaceMatchQuery;
import org.amparo.core.face.FaceMatchStatus;
import org.amparo.core.face.FaceTemplate;
import org.amparo.core.face.GalleryVersion;
import org.amparo.core.face.Sighting;
import org.amparo.core.face.TemplateCipher;
import org.amparo.core.face.Verdict;
import org.amparo.core.face.VerdictKind;
import org.amparo.core.face.WatchlistEntry;
import org.amparo.core.face.WatchlistEntryId;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationStatus;
import org.amparo.core.legal.Subject;
import org.amparo.core.legal.UseMode;
import org.amparo.core.testing.FakePhotoAnalyzer;
import org.amparo.store.DatabaseTestBase;
import org.amparo.store.Fixtures;
import org.amparo.store.legal.JdbcAuthorizationStore;
import org.amparo.store.legal.JdbcSubjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of the face stores, the file evidence store and the face eraser, run against every database. */
abstract class FaceStoreContractTest extends DatabaseTestBase {
    @TempDir
    Path evidenceDirectory;

    private final TemplateCipher templates = new TemplateCipher(new byte[32], new SecureRandom());

    private JdbcCameraStore cameras() {
        return new JdbcCameraStore(dataSource());
    }

    private JdbcWatchlistStore watchlist() {
        return new JdbcWatchlistStore(dataSource());
    }

    private JdbcFaceMatchStore matches() {
        return new JdbcFaceMatchStore(dataSource());
    }

    private FileEvidenceStore evidence() {
        return new FileEvidenceStore(dataSource(), evidenceDirectory, new BlobCipher(new byte[32], new SecureRandom()));
    }

    private record Stored(Authorization authorization, WatchlistEntry entry, Camera camera, FaceMatch match) {}

    /** A subject, an approved authorization, a camera, an entry with one template, and one pending match. */
    private Stored stored(String cameraName) {
        Subject subject = Fixtures.subject(T0);
        new JdbcSubjectStore(dataSource()).insert(subject);
        Authorization a = Fixtures.authorization(
                subject.id(), AuthorizationStatus.APPROVED, UseMode.LIVE, T0, T0.plus(Duration.ofDays(7)), null);
        new JdbcAuthorizationStore(dataSource()).insert(a);
        Camera camera = new Camera(
                new CameraId(UUID.randomUUID()),
                cameraName,
                new GeoPoint(-2.8974, -79.0045),
                "Azuay",
                null,
                true,
                T0,
                "admin");
        cameras().insert(camera);
        EvidenceRecord photo = put(a, EvidenceKind.ENROLMENT_PHOTO, "photo " + cameraName);
        WatchlistEntryId entryId = new WatchlistEntryId(UUID.randomUUID());
        UUID templateId = UUID.randomUUID();
        FaceTemplate template = FakePhotoAnalyzer.template(cameraName, 1);
        WatchlistEntry entry = new WatchlistEntry(
                entryId,
                subject.id(),
                a.id(),
                "investigator1",
                T0,
                List.of(new EnrolledTemplate(
                        templateId,
                        templates.seal(entryId, templateId, template),
                        template.sha256(),
                        photo.id(),
                        photo.sha256())));
        watchlist().insert(entry);
        EvidenceRecord crop = put(a, EvidenceKind.PROBE_CROP, "crop " + cameraName);
        Sighting sighting = new Sighting(
                UUID.randomUUID(),
                entryId,
                subject.id(),
                a.id(),
                camera.id(),
                camera.position(),
                T0.plusSeconds(60),
                0.9712,
                crop.id(),
                crop.sha256());
        FaceMatch match = FaceMatch.pending(
                new FaceMatchId(UUID.randomUUID()), sighting, photo.id(), GalleryVersion.EMPTY, T0.plusSeconds(61));
        matches().insert(match);
        return new Stored(a, entry, camera, match);
    }

    private EvidenceRecord put(Authorization a, EvidenceKind kind, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        EvidenceRecord r = EvidenceRecord.of(new EvidenceId(UUID.randomUUID()), a.id(), kind, "image/jpeg", bytes, T0);
        evidence().put(r, bytes);
        return r;
    }

    @Test
    void camerasRoundTripAndSwitch() {
        Stored s = stored("Parque Calderón Ñ");
        assertThat(cameras().find(s.camera().id())).contains(s.camera());
        cameras().update(s.camera().withEnabled(false));
        assertThat(cameras().list()).singleElement().satisfies(c -> assertThat(c.enabled())
                .isFalse());
    }

    @Test
    void entriesKeepTheirSealedTemplatesThatStillOpen() {
        Stored s = stored("north");
        WatchlistEntry read = watchlist().find(s.entry().id()).orElseThrow();
        assertThat(read).isEqualTo(s.entry());
        assertThat(watchlist().forAuthorization(s.authorization().id())).contains(s.entry());
        assertThat(watchlist().all()).containsExactly(s.entry());
        EnrolledTemplate t = read.templates().getFirst();
        assertThat(templates.open(read.id(), t.id(), t.sealed())).isEqualTo(FakePhotoAnalyzer.template("north", 1));
    }

    @Test
    void evidenceIsEncryptedOnDiskAndTamperingIsDetected() throws IOException {
        Stored s = stored("north");
        EvidenceRecord crop = evidence().find(s.match().sighting().probeCrop()).orElseThrow();
        assertThat(evidence().read(crop)).isEqualTo("crop north".getBytes(StandardCharsets.UTF_8));
        Path file = evidenceDirectory.resolve(crop.id() + ".sealed");
        byte[] onDisk = Files.readAllBytes(file);
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("crop north");
        onDisk[onDisk.length - 1] ^= 1;
        Files.write(file, onDisk);
        assertThatThrownBy(() -> evidence().read(crop)).isInstanceOf(IntegrityException.class);
    }

    @Test
    void verdictsAndStatusRoundTripAndAPersonVotesOnce() {
        Stored s = stored("north");
        JdbcFaceMatchStore store = matches();
        FaceMatch first = s.match().with(new Verdict("oscar", VerdictKind.CONFIRM, T0.plusSeconds(120)));
        tx().inTransaction(() -> {
            store.addVerdict(first, first.verdicts().getLast());
            return null;
        });
        FaceMatch second = first.with(new Verdict("sara", VerdictKind.CONFIRM, T0.plusSeconds(180)));
        tx().inTransaction(() -> {
            FaceMatch locked = store.findForUpdate(s.match().id()).orElseThrow();
            assertThat(locked).isEqualTo(first);
            store.addVerdict(second, second.verdicts().getLast());
            return null;
        });
        assertThat(store.find(s.match().id())).contains(second);
        assertThat(store.list(new FaceMatchQuery(FaceMatchStatus.CONFIRMED, null, 10)))
                .containsExactly(second);
        assertThat(store.list(new FaceMatchQuery(FaceMatchStatus.PENDING_CONFIRMATION, null, 10)))
                .isEmpty();
        assertThatThrownBy(() -> store.addVerdict(second, new Verdict("oscar", VerdictKind.REJECT, T0)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void theFaceEraserDeletesOneAuthorizationsRowsAndFilesOnly() throws IOException {
        Stored erased = stored("erased");
        Stored kept = stored("kept");
        FaceDataEraser eraser = new FaceDataEraser(matches(), watchlist(), evidence());

        long deleted = tx().inTransaction(
                        () -> eraser.eraseProducedUnder(erased.authorization().id()));

        assertThat(deleted).isEqualTo(1 + 1 + 1 + 1 + 2);
        assertThat(matches().find(erased.match().id())).isEmpty();
        assertThat(watchlist().find(erased.entry().id())).isEmpty();
        assertThat(evidence().find(erased.match().sighting().probeCrop())).isEmpty();
        assertThat(matches().find(kept.match().id())).isPresent();
        assertThat(watchlist().all()).containsExactly(kept.entry());
        try (var files = Files.list(evidenceDirectory)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactlyInAnyOrder(
                            kept.match().sighting().probeCrop() + ".sealed",
                            kept.match().enrolledPhoto() + ".sealed");
        }
    }
}
