package org.amparo.core.testing;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.camera.Camera;
import org.amparo.core.camera.CameraPorts;
import org.amparo.core.camera.CameraService;
import org.amparo.core.camera.CameraStore;
import org.amparo.core.camera.NewCamera;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Transactions;
import org.amparo.core.evidence.EvidenceStore;
import org.amparo.core.evidence.ManifestSigner;
import org.amparo.core.face.EvidenceService;
import org.amparo.core.face.FaceDataEraser;
import org.amparo.core.face.FaceMatch;
import org.amparo.core.face.FaceMatchService;
import org.amparo.core.face.FaceMatchStore;
import org.amparo.core.face.FaceMatchingService;
import org.amparo.core.face.FacePorts;
import org.amparo.core.face.FaceSettings;
import org.amparo.core.face.Gallery;
import org.amparo.core.face.GalleryMaintainer;
import org.amparo.core.face.GalleryPorts;
import org.amparo.core.face.PhotoAnalyzer;
import org.amparo.core.face.TemplateCipher;
import org.amparo.core.face.WatchlistService;
import org.amparo.core.face.WatchlistStore;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationPorts;
import org.amparo.core.legal.AuthorizationRequest;
import org.amparo.core.legal.AuthorizationService;
import org.amparo.core.legal.AuthorizationStore;
import org.amparo.core.legal.DataKind;
import org.amparo.core.legal.DataSubjectCategory;
import org.amparo.core.legal.LegalBasis;
import org.amparo.core.legal.NotificationTaskStore;
import org.amparo.core.legal.Purpose;
import org.amparo.core.legal.Subject;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.legal.SubjectStore;
import org.amparo.core.legal.UseMode;
import org.jspecify.annotations.Nullable;

/**
 * The face services wired to a {@link Backing} (in-memory fakes by default, or real stores), with an
 * authorization service whose eraser and listener are the face ones, a fixed clock and seeded ids.
 * One per test; not thread-safe.
 */
public final class FaceTestbed {
    /** An administrator: registers cameras and uploads frames. */
    public static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMINISTRATOR));
    /** A supervisor of the command centre. */
    public static final Actor SARA = new Actor("sara", Set.of(Role.SUPERVISOR));
    /** Cuenca's Parque Calderón. */
    public static final GeoPoint PARQUE_CALDERON = new GeoPoint(-2.8974, -79.0045);
    /** Quito, outside a Cuenca-only area. */
    public static final GeoPoint QUITO = new GeoPoint(-0.2200, -78.5120);

    /** Where the services keep their data. */
    public record Backing(
            Transactions tx,
            SubjectStore subjects,
            AuthorizationStore authorizations,
            NotificationTaskStore notifications,
            AuditLog audit,
            CameraStore cameras,
            WatchlistStore watchlist,
            FaceMatchStore matches,
            EvidenceStore evidence) {}

    public final FakeClock clock = new FakeClock();
    public final Ids ids = Ids.seeded(20260301L);
    public final InMemoryStatistics statistics = new InMemoryStatistics();
    public final List<FaceMatch> confirmed = new ArrayList<>();
    public final Backing backing;
    public final Gallery gallery;
    public final ManifestSigner signer = ManifestSigner.generate(new SecureRandom());
    public final GalleryMaintainer maintainer;
    public final AuthorizationService authorizationService;
    public final CameraService cameras;
    public final WatchlistService watchlist;
    public final FaceMatchingService matching;
    public final FaceMatchService reviews;
    public final EvidenceService evidence;

    public FaceTestbed(Backing backing, Gallery gallery, PhotoAnalyzer analyzer) {
        this.backing = backing;
        this.gallery = gallery;
        TemplateCipher cipher = new TemplateCipher(new byte[32], new SecureRandom());
        FacePorts ports = new FacePorts(
                backing.tx(),
                backing.cameras(),
                backing.authorizations(),
                backing.watchlist(),
                backing.matches(),
                backing.evidence(),
                cipher,
                analyzer,
                signer,
                backing.audit(),
                statistics,
                clock,
                ids,
                confirmed::add,
                FaceSettings.defaults());
        maintainer = new GalleryMaintainer(
                new GalleryPorts(backing.tx(), backing.watchlist(), backing.authorizations(), cipher, gallery, clock));
        authorizationService = new AuthorizationService(new AuthorizationPorts(
                backing.tx(),
                backing.subjects(),
                backing.authorizations(),
                backing.notifications(),
                backing.audit(),
                statistics,
                List.of(new FaceDataEraser(backing.matches(), backing.watchlist(), backing.evidence())),
                maintainer,
                clock,
                ids));
        cameras = new CameraService(new CameraPorts(backing.tx(), backing.cameras(), backing.audit(), clock, ids));
        watchlist = new WatchlistService(ports, maintainer);
        matching = new FaceMatchingService(ports, gallery);
        reviews = new FaceMatchService(ports);
        evidence = new EvidenceService(ports);
    }

    /** In-memory fakes, the exact gallery and the fake photo analyzer. */
    public static FaceTestbed inMemory() {
        return new FaceTestbed(inMemoryBacking(), new ExactGallery(), new FakePhotoAnalyzer());
    }

    public static Backing inMemoryBacking() {
        return new Backing(
                new DirectTransactions(),
                new InMemorySubjectStore(),
                new InMemoryAuthorizationStore(),
                new InMemoryNotificationTaskStore(),
                new InMemoryAuditLog(),
                new InMemoryCameraStore(),
                new InMemoryWatchlistStore(),
                new InMemoryFaceMatchStore(),
                new InMemoryEvidenceStore());
    }

    public Camera camera(String name, GeoPoint at) {
        return cameras.create(ADMIN, new NewCamera(name, at, "Azuay", null)).orElseThrow();
    }

    public SubjectId subject(String name) {
        Subject s = new Subject(
                new SubjectId(ids.next()), name, DataSubjectCategory.MISSING_PERSON, clock.instant(), "alice", false);
        backing.tx().inTransaction(() -> {
            backing.subjects().insert(s);
            return s;
        });
        return s.id();
    }

    /** A search for a missing person, requested by alice; approved by bob unless {@code urgentReason} is set. */
    public Authorization authorization(
            SubjectId subject,
            Purpose purpose,
            Set<DataKind> kinds,
            Set<String> cameraIds,
            List<GeoArea> areas,
            @Nullable String urgentReason) {
        Authorization requested = authorizationService
                .request(
                        LegalTestbed.ALICE,
                        new AuthorizationRequest(
                                subject,
                                purpose,
                                UseMode.LIVE,
                                null,
                                kinds,
                                areas,
                                cameraIds,
                                new LegalBasis("Unidad Judicial de Cuenca", "COIP 522", "01283-2026-00077"),
                                clock.instant(),
                                clock.instant().plus(Duration.ofDays(7)),
                                urgentReason,
                                false))
                .orElseThrow();
        if (urgentReason != null) {
            return requested;
        }
        return authorizationService
                .decide(LegalTestbed.BOB, requested.id(), true, "necessary and proportionate")
                .orElseThrow();
    }

    /** An approved missing-person search covering FACE on the given cameras, anywhere. */
    public Authorization faceSearch(SubjectId subject, Set<String> cameraIds) {
        return authorization(
                subject, Purpose.VICTIM_OR_MISSING_PERSON_SEARCH, Set.of(DataKind.FACE), cameraIds, List.of(), null);
    }
}
