package org.amparo.core.face;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.amparo.core.access.Actor;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.audit.Refusals;
import org.amparo.core.camera.Camera;
import org.amparo.core.camera.CameraId;
import org.amparo.core.engine.Outcome;

/**
 * Opens a camera's matching session (CHARTER section 5: each use logs its start and end with the
 * gallery version). The caller has authenticated the camera, or is an administrator uploading its
 * frames; the actor is recorded in the audit. Thread-safe; each session is used by one thread.
 */
public final class FaceMatchingService {
    private final FacePorts p;
    private final Gallery gallery;

    public FaceMatchingService(FacePorts ports, Gallery gallery) {
        this.p = ports;
        this.gallery = gallery;
    }

    /** Starts matching the frames of an enabled camera; refused for an unknown or disabled camera. */
    public Outcome<MatchingSession> open(Actor actor, CameraId cameraId) {
        Instant now = p.clock().instant();
        Optional<Camera> camera = p.tx().inTransaction(() -> p.cameras().find(cameraId));
        Outcome<MatchingSession> outcome;
        if (camera.isEmpty()) {
            outcome = new Outcome.NotFound<>("camera " + cameraId);
        } else if (!camera.get().enabled()) {
            outcome = new Outcome.Conflict<>("camera " + cameraId + " is disabled");
        } else {
            UUID session = p.ids().next();
            GalleryVersion version = gallery.version();
            p.tx().inTransaction(() -> p.audit()
                    .append(AuditRecord.by(actor, now)
                            .detail("session start camera=" + cameraId + " galleryVersion=" + version
                                    + " gallerySize=" + gallery.size() + " minSimilarity="
                                    + p.settings().minSimilarity())
                            .success(AuditAction.SEARCH, AuditObjectType.FACE_SEARCH, session)));
            outcome = new Outcome.Done<>(new MatchingSession(p, gallery, actor, camera.get(), session));
        }
        return Refusals.audited(
                p.tx(),
                p.audit(),
                actor,
                now,
                "open matching session",
                AuditAction.SEARCH,
                AuditObjectType.FACE_SEARCH,
                "camera " + cameraId,
                outcome);
    }
}
