package org.amparo.core.face;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.camera.CameraId;
import org.amparo.core.device.DeviceId;
import org.amparo.core.engine.Transactions;
import org.amparo.core.ingest.FixReadings;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.legal.AuthorizationLookup;
import org.amparo.core.legal.PolicyDecision;
import org.amparo.core.legal.ProcessingPolicy;
import org.amparo.core.legal.ProcessingRequest;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.location.DropCounter;
import org.amparo.core.location.KeptFixListener;
import org.amparo.core.location.LocationFixStore;
import org.amparo.core.location.StoredFix;

/**
 * Confirmed sightings join the subject's track (issue 4): a match two people confirmed becomes a
 * location fix of the subject at the camera's position, source {@link FixSource#CAMERA}, accuracy
 * the camera's coverage radius, stored under the match's authorization and handed to the geofence
 * runtime like every kept fix. A face authorization does not by itself permit tracking: the
 * {@link ProcessingPolicy} is asked again for {@code LOCATION} under the match's authorization at
 * the capture time and place, and when it denies nothing is stored; the refusal is only counted (as
 * {@code NOT_AUTHORIZED_<reason>} under the stand-in device), like a dropped device fix.
 *
 * <p>Each camera and subject have a disabled stand-in device ({@link CameraStandIns}), so that two
 * people confirmed in the same frame get two fixes. Thread-safe.
 */
public final class SightingTrack implements ConfirmedSightingListener {
    /** Default accuracy of a camera fix: the radius a camera typically covers, in metres. */
    public static final double DEFAULT_COVERAGE_METERS = 30;

    private static final Actor ACTOR = new Actor("face-sightings", Set.of(Role.ADMINISTRATOR));

    private final Transactions tx;
    private final AuthorizationLookup authorizations;
    private final CameraStandIns standIns;
    private final LocationFixStore fixes;
    private final KeptFixListener listener;
    private final DropCounter drops;
    private final AuditLog audit;
    private final Clock clock;
    private final double coverageMeters;

    /**
     * @param coverageMeters accuracy given to camera fixes; configuration {@code
     *     amparo.face.sighting-accuracy-m}
     */
    public SightingTrack(
            Transactions tx,
            AuthorizationLookup authorizations,
            CameraStandIns standIns,
            LocationFixStore fixes,
            KeptFixListener listener,
            DropCounter drops,
            AuditLog audit,
            Clock clock,
            double coverageMeters) {
        if (!(coverageMeters > 0 && Double.isFinite(coverageMeters))) {
            throw new IllegalArgumentException("coverage radius must be positive");
        }
        this.tx = tx;
        this.authorizations = authorizations;
        this.standIns = standIns;
        this.fixes = fixes;
        this.listener = listener;
        this.drops = drops;
        this.audit = audit;
        this.clock = clock;
        this.coverageMeters = coverageMeters;
    }

    /** The identifier of the stand-in device of a camera and a subject. */
    public static String standInIdentifier(CameraId camera, SubjectId subject) {
        return "camera:" + camera + ":" + subject;
    }

    /** The stand-in's id: derived from its identifier, so that it is the same on every node. */
    public static DeviceId standInId(CameraId camera, SubjectId subject) {
        return new DeviceId(UUID.nameUUIDFromBytes(
                ("amparo/camera-stand-in/" + standInIdentifier(camera, subject)).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void confirmed(FaceMatch match) {
        if (match.status() != FaceMatchStatus.CONFIRMED) {
            return;
        }
        Sighting s = match.sighting();
        DeviceId device = standInId(s.cameraId(), s.subjectId());
        Instant now = clock.instant();
        StoredFix fix = new StoredFix(
                device,
                s.subjectId(),
                s.authorizationId(),
                s.at(),
                s.position(),
                FixReadings.builder().accuracyMeters(coverageMeters).build(),
                FixSource.CAMERA,
                now);
        boolean kept = tx.inTransaction(() -> {
            PolicyDecision decision = new ProcessingPolicy(authorizations)
                    .check(ProcessingRequest.location(s.subjectId(), s.at(), s.position())
                            .under(s.authorizationId()));
            if (decision instanceof PolicyDecision.Deny deny) {
                drops.count(device, "NOT_AUTHORIZED_" + deny.reason().name(), 1);
                return false;
            }
            standIns.ensure(device, standInIdentifier(s.cameraId(), s.subjectId()), "camera stand-in", now);
            fixes.insert(List.of(fix));
            audit.append(AuditRecord.by(ACTOR, now)
                    .authorization(s.authorizationId())
                    .detail("fixes=1 source=" + FixSource.CAMERA + " match=" + match.id())
                    .success(AuditAction.CREATE, AuditObjectType.LOCATION_TRACK, String.valueOf(s.subjectId())));
            return true;
        });
        if (kept) {
            listener.kept(List.of(fix));
        }
    }
}
