package org.amparo.store.face;

import static org.amparo.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditEntry;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.camera.Camera;
import org.amparo.core.camera.CameraId;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Outcome;
import org.amparo.core.evidence.BlobCipher;
import org.amparo.core.evidence.EvidenceId;
import org.amparo.core.evidence.EvidenceKind;
import org.amparo.core.evidence.EvidenceRecord;
import org.amparo.core.face.EnrolledTemplate;
import org.amparo.core.face.FaceMatch;
import org.amparo.core.face.FaceMatchId;
import org.amparo.core.face.FaceTemplate;
import org.amparo.core.face.GalleryVersion;
import org.amparo.core.face.LegalHold;
import org.amparo.core.face.LegalHoldService;
import org.amparo.core.face.Sighting;
import org.amparo.core.face.SightingTrack;
import org.amparo.core.face.TemplateCipher;
import org.amparo.core.face.Verdict;
import org.amparo.core.face.VerdictKind;
import org.amparo.core.face.WatchlistEntry;
import org.amparo.core.face.WatchlistEntryId;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.FixReadings;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationStatus;
import org.amparo.core.legal.Subject;
import org.amparo.core.legal.UseMode;
import org.amparo.core.location.StoredFix;
import org.amparo.core.retention.DataClass;
import org.amparo.core.retention.RetentionPolicy;
import org.amparo.core.retention.RetentionPorts;
import org.amparo.core.retention.RetentionService;
import org.amparo.core.testing.FakePhotoAnalyzer;
import org.amparo.store.DatabaseTestBase;
import org.amparo.store.Fixtures;
import org.amparo.store.audit.JdbcAuditLog;
import org.amparo.store.legal.JdbcAuthorizationStore;
import org.amparo.store.legal.JdbcSubjectStore;
import org.amparo.store.location.JdbcLocationFixStore;
import org.amparo.store.transparency.JdbcStatistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retention of face data (CHARTER section 6) against every database: maximum ages per status,
 * batches, sealed files removed (a missing one tolerated), audit entries, legal holds that keep a
 * match until released, and camera stand-ins for confirmed sightings.
 */
abstract class FaceRetentionContractTest extends DatabaseTestBase {
    @TempDir
    Path evidenceDirectory;

    private final TemplateCipher templates = new TemplateCipher(new byte[32], new SecureRandom());
    private Authorization authorization;
    private WatchlistEntry entry;
    private Camera camera;
    private EvidenceRecord photo;

    private FileEvidenceStore evidence() {
        return new FileEvidenceStore(dataSource(), evidenceDirectory, new BlobCipher(new byte[32], new SecureRandom()));
    }

    private JdbcFaceMatchStore matches() {
        return new JdbcFaceMatchStore(dataSource());
    }

    @BeforeEach
    void watchlistedSubjectAndCamera() {
        Subject subject = Fixtures.subject(T0);
        new JdbcSubjectStore(dataSource()).insert(subject);
        authorization = Fixtures.authorization(
                subject.id(), AuthorizationStatus.APPROVED, UseMode.LIVE, T0, T0.plus(Duration.ofDays(7)), null);
        new JdbcAuthorizationStore(dataSource()).insert(authorization);
        camera = new Camera(
                new CameraId(UUID.randomUUID()),
                "Parque",
                new GeoPoint(-2.8974, -79.0045),
                "Azuay",
                null,
                true,
                T0,
                "admin");
        new JdbcCameraStore(dataSource()).insert(camera);
        photo = put(EvidenceKind.ENROLMENT_PHOTO, "photo");
        WatchlistEntryId entryId = new WatchlistEntryId(UUID.randomUUID());
        UUID templateId = UUID.randomUUID();
        FaceTemplate template = FakePhotoAnalyzer.template("someone", 1);
        entry = new WatchlistEntry(
                entryId,
                subject.id(),
                authorization.id(),
                "investigator1",
                T0,
                List.of(new EnrolledTemplate(
                        templateId,
                        templates.seal(entryId, templateId, template),
                        template.sha256(),
                        photo.id(),
                        photo.sha256())));
        new JdbcWatchlistStore(dataSource()).insert(entry);
    }

    private EvidenceRecord put(EvidenceKind kind, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        EvidenceRecord r =
                EvidenceRecord.of(new EvidenceId(UUID.randomUUID()), authorization.id(), kind, "image/jpeg", bytes, T0);
        evidence().put(r, bytes);
        return r;
    }

    /** A match raised at {@code raisedAt}, with {@code verdicts} (CONFIRM or REJECT by distinct people). */
    private FaceMatch match(Instant raisedAt, VerdictKind... verdicts) {
        EvidenceRecord crop = put(EvidenceKind.PROBE_CROP, "crop " + UUID.randomUUID());
        Sighting sighting = new Sighting(
                UUID.randomUUID(),
                entry.id(),
                entry.subjectId(),
                authorization.id(),
                camera.id(),
                camera.position(),
                raisedAt.minusSeconds(1),
                0.97,
                crop.id(),
                crop.sha256());
        FaceMatch match = FaceMatch.pending(
                new FaceMatchId(UUID.randomUUID()), sighting, photo.id(), GalleryVersion.EMPTY, raisedAt);
        JdbcFaceMatchStore store = matches();
        tx().inTransaction(() -> {
            store.insert(match);
            return null;
        });
        FaceMatch current = match;
        int i = 0;
        for (VerdictKind kind : verdicts) {
            FaceMatch next = current.with(new Verdict("person" + i++, kind, raisedAt.plusSeconds(i)));
            tx().inTransaction(() -> {
                store.addVerdict(next, next.verdicts().getLast());
                return null;
            });
            current = next;
        }
        return current;
    }

    private Path blob(FaceMatch m) {
        return FileEvidenceStore.blobFile(evidenceDirectory, m.sighting().probeCrop());
    }

    private RetentionService retention(Instant now, int batchSize) {
        return new RetentionService(
                new RetentionPorts(
                        List.of(
                                FaceMatchPurger.unconfirmed(dataSource(), evidenceDirectory),
                                FaceMatchPurger.confirmed(dataSource(), evidenceDirectory)),
                        tx(),
                        new JdbcAuditLog(dataSource()),
                        new JdbcStatistics(dataSource()),
                        Clock.fixed(now, ZoneOffset.UTC)),
                RetentionPolicy.of(
                        Map.of(DataClass.SIGHTING, Duration.ofDays(14), DataClass.EVIDENCE, Duration.ofDays(180))),
                batchSize);
    }

    private List<AuditEntry> audit() {
        return new JdbcAuditLog(dataSource()).latest(1000);
    }

    @Test
    void unconfirmedMatchesGoAfterTheirAgeInBatchesWithTheirCropFilesAndAuditEntries() throws Exception {
        List<FaceMatch> oldUnconfirmed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            oldUnconfirmed.add(match(T0.plusSeconds(i)));
        }
        oldUnconfirmed.add(match(T0.plusSeconds(10), VerdictKind.REJECT));
        FaceMatch oldConfirmed = match(T0.plusSeconds(20), VerdictKind.CONFIRM, VerdictKind.CONFIRM);
        FaceMatch young = match(T0.plus(Duration.ofDays(10)));
        Files.delete(blob(oldUnconfirmed.getFirst())); // a file already gone does not stop the purge

        Map<DataClass, Long> deleted =
                retention(T0.plus(Duration.ofDays(20)), 2).purge();

        assertThat(deleted).containsEntry(DataClass.SIGHTING, 5L).containsEntry(DataClass.EVIDENCE, 0L);
        for (FaceMatch m : oldUnconfirmed) {
            assertThat(matches().find(m.id())).isEmpty();
            assertThat(evidence().find(m.sighting().probeCrop())).isEmpty();
            assertThat(blob(m)).doesNotExist();
        }
        assertThat(matches().find(oldConfirmed.id())).isPresent();
        assertThat(matches().find(young.id())).isPresent();
        assertThat(blob(oldConfirmed)).exists();
        assertThat(blob(young)).exists();
        assertThat(evidence().find(photo.id()))
                .as("enrolment photos live with their entry")
                .isPresent();
        assertThat(sql().sql("SELECT COUNT(*) FROM face_match_verdicts")
                        .query(Long.class)
                        .single())
                .isEqualTo(2L);
        assertThat(audit())
                .filteredOn(e -> e.record().objectType() == AuditObjectType.RETENTION)
                .extracting(e -> e.record().detail())
                .hasSize(3)
                .allMatch(d -> d.startsWith("class=SIGHTING deleted="));

        Map<DataClass, Long> later =
                retention(T0.plus(Duration.ofDays(200)), 500).purge();
        assertThat(later).containsEntry(DataClass.SIGHTING, 1L).containsEntry(DataClass.EVIDENCE, 1L);
        assertThat(sql().sql("SELECT COUNT(*) FROM face_sightings")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(blob(oldConfirmed)).doesNotExist();
    }

    @Test
    void aLegalHoldKeepsAMatchPastItsAgeUntilReleased() {
        FaceMatch held = match(T0, VerdictKind.CONFIRM, VerdictKind.CONFIRM);
        FaceMatch notHeld = match(T0.plusSeconds(5), VerdictKind.CONFIRM, VerdictKind.CONFIRM);
        JdbcLegalHoldStore holds = new JdbcLegalHoldStore(dataSource());
        LegalHoldService service = new LegalHoldService(
                tx(),
                matches(),
                holds,
                new JdbcAuditLog(dataSource()),
                Clock.fixed(T0.plusSeconds(100), ZoneOffset.UTC),
                Ids.random());
        Actor investigator = new Actor("ines", Set.of(Role.INVESTIGATOR));
        Actor operator = new Actor("oscar", Set.of(Role.OPERATOR));

        assertThat(service.place(operator, held.id(), "FGE-2026-0042")).isInstanceOf(Outcome.Forbidden.class);
        assertThat(service.place(investigator, held.id(), "FGE-2026-0042")).isInstanceOf(Outcome.Done.class);
        assertThat(service.place(investigator, held.id(), "FGE-2026-0043")).isInstanceOf(Outcome.Conflict.class);

        Instant pastAge = T0.plus(Duration.ofDays(400));
        assertThat(retention(pastAge, 500).purge()).containsEntry(DataClass.EVIDENCE, 1L);
        assertThat(matches().find(held.id())).isPresent();
        assertThat(blob(held)).exists();
        assertThat(matches().find(notHeld.id())).isEmpty();
        assertThat(blob(notHeld)).doesNotExist();

        Outcome<LegalHold> released = service.release(investigator, held.id());
        assertThat(released).isInstanceOf(Outcome.Done.class);
        assertThat(holds.of(held.id())).singleElement().satisfies(h -> {
            assertThat(h.active()).isFalse();
            assertThat(h.releasedBy()).isEqualTo("ines");
        });
        assertThat(service.release(investigator, held.id())).isInstanceOf(Outcome.NotFound.class);

        assertThat(retention(pastAge, 500).purge()).containsEntry(DataClass.EVIDENCE, 1L);
        assertThat(matches().find(held.id())).isEmpty();
        assertThat(blob(held)).doesNotExist();
        assertThat(holds.of(held.id())).isEmpty();
        assertThat(audit())
                .filteredOn(e -> e.record().objectType() == AuditObjectType.EVIDENCE)
                .extracting(e ->
                        e.record().action().name() + " " + e.record().result().name())
                .contains("CREATE SUCCESS", "UPDATE SUCCESS", "CREATE DENIED");
    }

    @Test
    void confirmedSightingsAreKeptAsFixesOfACameraStandIn() {
        JdbcCameraStandIns standIns = new JdbcCameraStandIns(dataSource());
        var device = SightingTrack.standInId(camera.id(), entry.subjectId());
        String identifier = SightingTrack.standInIdentifier(camera.id(), entry.subjectId());
        tx().inTransaction(() -> {
            standIns.ensure(device, identifier, "camera stand-in", T0);
            standIns.ensure(device, identifier, "camera stand-in", T0.plusSeconds(1));
            return null;
        });
        StoredFix fix = new StoredFix(
                device,
                entry.subjectId(),
                authorization.id(),
                T0.plusSeconds(60),
                camera.position(),
                FixReadings.builder().accuracyMeters(30.0).build(),
                FixSource.CAMERA,
                T0.plusSeconds(61));
        JdbcLocationFixStore fixes = new JdbcLocationFixStore(dataSource());
        tx().inTransaction(() -> fixes.insert(List.of(fix)));
        assertThat(fixes.track(entry.subjectId(), T0, T0.plus(Duration.ofDays(1)), 10))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.source()).isEqualTo(FixSource.CAMERA);
                    assertThat(f.readings().accuracyMeters()).isEqualTo(30.0);
                });
        assertThat(sql().sql("SELECT kind FROM devices WHERE id = :id")
                        .param("id", device.toString())
                        .query(String.class)
                        .single())
                .isEqualTo("CAMERA");
        assertThat(sql().sql("SELECT enabled FROM devices WHERE id = :id")
                        .param("id", device.toString())
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }
}
