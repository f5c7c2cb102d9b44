package org.amparo.core.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.camera.CameraId;
import org.amparo.core.device.DeviceId;
import org.amparo.core.evidence.EvidenceId;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.AuthorizationStatus;
import org.amparo.core.legal.DataKind;
import org.amparo.core.legal.Decision;
import org.amparo.core.legal.LegalBasis;
import org.amparo.core.legal.Purpose;
import org.amparo.core.legal.Scope;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.legal.UseMode;
import org.amparo.core.location.DropCounter;
import org.amparo.core.location.LocationFixStore;
import org.amparo.core.location.StoredFix;
import org.amparo.core.testing.DirectTransactions;
import org.amparo.core.testing.InMemoryAuditLog;
import org.amparo.core.testing.InMemoryAuthorizationStore;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Confirmed sightings join the subject's track only where the authorization permits location processing. */
class SightingTrackTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final GeoPoint CAMERA_POSITION = new GeoPoint(-2.8974, -79.0045);
    private static final String SHA = "a".repeat(64);

    private final InMemoryAuthorizationStore authorizations = new InMemoryAuthorizationStore();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final List<StoredFix> stored = new ArrayList<>();
    private final List<StoredFix> kept = new ArrayList<>();
    private final Map<String, Long> dropped = new HashMap<>();
    private final List<DeviceId> standIns = new ArrayList<>();

    private final LocationFixStore fixes = new LocationFixStore() {
        @Override
        public int insert(List<StoredFix> list) {
            stored.addAll(list);
            return list.size();
        }

        @Override
        public List<StoredFix> track(SubjectId subject, Instant from, Instant to, int limit) {
            return List.copyOf(stored);
        }

        @Override
        public Optional<StoredFix> latest(DeviceId device) {
            return Optional.empty();
        }
    };

    private final DropCounter drops = new DropCounter() {
        @Override
        public void count(@Nullable DeviceId device, String reason, long n) {
            dropped.merge(reason, n, Long::sum);
        }

        @Override
        public Map<String, Map<String, Long>> totals() {
            return Map.of();
        }
    };

    private final SightingTrack track = new SightingTrack(
            new DirectTransactions(),
            authorizations,
            (id, identifier, label, at) -> standIns.add(id),
            fixes,
            kept::addAll,
            drops,
            audit,
            Clock.fixed(T0.plusSeconds(300), ZoneOffset.UTC),
            30);

    private Authorization authorization(SubjectId subject, Set<DataKind> kinds, AuthorizationStatus status) {
        Authorization a = new Authorization(
                new AuthorizationId(UUID.randomUUID()),
                subject,
                Purpose.VICTIM_OR_MISSING_PERSON_SEARCH,
                UseMode.LIVE,
                null,
                new Scope(List.of(), Set.of(), kinds),
                new LegalBasis("Juzgado Segundo", "COIP art. 476", "17282-2025-00777"),
                T0.minus(Duration.ofDays(1)),
                T0.plus(Duration.ofDays(10)),
                null,
                "alice",
                T0.minus(Duration.ofDays(1)),
                status,
                new Decision("bob", T0.minus(Duration.ofDays(1)), "decided"),
                null,
                false);
        authorizations.insert(a);
        return a;
    }

    private static FaceMatch confirmed(Authorization a, CameraId camera) {
        Sighting s = new Sighting(
                UUID.randomUUID(),
                new WatchlistEntryId(UUID.randomUUID()),
                a.subjectId(),
                a.id(),
                camera,
                CAMERA_POSITION,
                T0,
                0.97,
                new EvidenceId(UUID.randomUUID()),
                SHA);
        return FaceMatch.pending(
                        new FaceMatchId(UUID.randomUUID()),
                        s,
                        new EvidenceId(UUID.randomUUID()),
                        GalleryVersion.EMPTY,
                        T0.plusSeconds(1))
                .with(new Verdict("oscar", VerdictKind.CONFIRM, T0.plusSeconds(60)))
                .with(new Verdict("sara", VerdictKind.CONFIRM, T0.plusSeconds(120)));
    }

    @Test
    void aConfirmedSightingUnderFaceAndLocationBecomesACameraFixFedToTheGeofences() {
        Authorization a = authorization(
                new SubjectId(UUID.randomUUID()),
                Set.of(DataKind.FACE, DataKind.LOCATION),
                AuthorizationStatus.APPROVED);
        CameraId camera = new CameraId(UUID.randomUUID());
        track.confirmed(confirmed(a, camera));

        assertThat(stored).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo(a.subjectId());
            assertThat(f.authorization()).isEqualTo(a.id());
            assertThat(f.position()).isEqualTo(CAMERA_POSITION);
            assertThat(f.at()).isEqualTo(T0);
            assertThat(f.source()).isEqualTo(FixSource.CAMERA);
            assertThat(f.readings().accuracyMeters()).isEqualTo(30.0);
            assertThat(f.device()).isEqualTo(SightingTrack.standInId(camera, a.subjectId()));
        });
        assertThat(kept).isEqualTo(stored);
        assertThat(standIns).containsExactly(SightingTrack.standInId(camera, a.subjectId()));
        assertThat(audit.entries())
                .singleElement()
                .satisfies(e -> assertThat(e.record().objectType()).isEqualTo(AuditObjectType.LOCATION_TRACK));
        assertThat(dropped).isEmpty();
    }

    @Test
    void aFaceOnlyAuthorizationRecordsNothingAndCountsWhy() {
        Authorization a =
                authorization(new SubjectId(UUID.randomUUID()), Set.of(DataKind.FACE), AuthorizationStatus.APPROVED);
        track.confirmed(confirmed(a, new CameraId(UUID.randomUUID())));

        assertThat(stored).isEmpty();
        assertThat(kept).isEmpty();
        assertThat(standIns).isEmpty();
        assertThat(audit.entries()).isEmpty();
        assertThat(dropped).containsExactly(Map.entry("NOT_AUTHORIZED_DATA_KIND_NOT_COVERED", 1L));
    }

    @Test
    void aRevokedAuthorizationRecordsNothing() {
        Authorization a = authorization(
                new SubjectId(UUID.randomUUID()),
                Set.of(DataKind.FACE, DataKind.LOCATION),
                AuthorizationStatus.REVOKED);
        track.confirmed(confirmed(a, new CameraId(UUID.randomUUID())));

        assertThat(stored).isEmpty();
        assertThat(dropped).containsOnlyKeys("NOT_AUTHORIZED_REVOKED");
    }

    @Test
    void twoSubjectsAtOneCameraGetDistinctStandIns() {
        CameraId camera = new CameraId(UUID.randomUUID());
        SubjectId one = new SubjectId(UUID.randomUUID());
        SubjectId two = new SubjectId(UUID.randomUUID());
        assertThat(SightingTrack.standInId(camera, one)).isNotEqualTo(SightingTrack.standInId(camera, two));
        assertThat(SightingTrack.standInId(camera, one)).isEqualTo(SightingTrack.standInId(camera, one));
    }
}
