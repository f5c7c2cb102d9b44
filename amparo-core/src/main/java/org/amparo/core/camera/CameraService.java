package org.amparo.core.camera;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.audit.Refusals;
import org.amparo.core.engine.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * The camera registry. Administrators register cameras and switch them on or off; administrators
 * and the operations roles (operator, supervisor, investigator) list them for the map. Every change,
 * read and refusal is audited. Thread-safe.
 */
public final class CameraService {
    private final CameraPorts p;

    public CameraService(CameraPorts ports) {
        this.p = ports;
    }

    /** Registers a camera, enabled, without an upload token of its own. */
    public Outcome<Camera> create(Actor actor, NewCamera request) {
        return create(actor, request, null);
    }

    /**
     * Registers a camera, enabled; {@code tokenSha256}, when given, is the SHA-256 of the camera's own
     * upload token (the token itself is never seen here).
     */
    public Outcome<Camera> create(Actor actor, NewCamera request, @Nullable String tokenSha256) {
        Instant now = p.clock().instant();
        Outcome<Camera> outcome;
        if (!actor.has(Role.ADMINISTRATOR)) {
            outcome = new Outcome.Forbidden<>("only an administrator registers cameras");
        } else if (!request.violations().isEmpty()) {
            outcome = new Outcome.Invalid<>(request.violations());
        } else {
            Camera camera = new Camera(
                    new CameraId(p.ids().next()),
                    request.name().strip(),
                    request.position(),
                    request.province().strip(),
                    request.sourceUrl(),
                    true,
                    now,
                    actor.username());
            outcome = p.tx().inTransaction(() -> {
                p.cameras().insert(camera);
                if (tokenSha256 != null) {
                    p.cameras().setTokenSha256(camera.id(), tokenSha256);
                }
                p.audit()
                        .append(AuditRecord.by(actor, now)
                                .detail("registered province=" + camera.province() + " token=" + (tokenSha256 != null))
                                .success(AuditAction.CREATE, AuditObjectType.CAMERA, camera.id()));
                return new Outcome.Done<>(camera);
            });
        }
        return Refusals.audited(
                p.tx(), p.audit(), actor, now, "register", AuditAction.CREATE, AuditObjectType.CAMERA, "-", outcome);
    }

    /** Switches a camera's processing on or off. */
    public Outcome<Camera> setEnabled(Actor actor, CameraId id, boolean enabled) {
        Instant now = p.clock().instant();
        Outcome<Camera> outcome = !actor.has(Role.ADMINISTRATOR)
                ? new Outcome.Forbidden<>("only an administrator switches cameras")
                : p.tx().inTransaction(() -> {
                    Optional<Camera> found = p.cameras().find(id);
                    if (found.isEmpty()) {
                        return new Outcome.NotFound<>("camera " + id);
                    }
                    Camera next = found.get().withEnabled(enabled);
                    p.cameras().update(next);
                    p.audit()
                            .append(AuditRecord.by(actor, now)
                                    .detail("enabled=" + enabled)
                                    .success(AuditAction.UPDATE, AuditObjectType.CAMERA, id));
                    return new Outcome.Done<>(next);
                });
        return Refusals.audited(
                p.tx(), p.audit(), actor, now, "switch", AuditAction.UPDATE, AuditObjectType.CAMERA, id, outcome);
    }

    /** Every camera, for administrators and the operations roles. */
    public Outcome<List<Camera>> list(Actor actor) {
        Instant now = p.clock().instant();
        boolean allowed = actor.has(Role.ADMINISTRATOR)
                || actor.has(Role.OPERATOR)
                || actor.has(Role.SUPERVISOR)
                || actor.has(Role.INVESTIGATOR);
        Outcome<List<Camera>> outcome = !allowed
                ? new Outcome.Forbidden<>("only administrators and operations roles list cameras")
                : p.tx().inTransaction(() -> {
                    List<Camera> cameras = p.cameras().list();
                    p.audit()
                            .append(AuditRecord.by(actor, now)
                                    .detail("list returned=" + cameras.size())
                                    .success(AuditAction.READ, AuditObjectType.CAMERA, "-"));
                    return new Outcome.Done<>(cameras);
                });
        return Refusals.audited(
                p.tx(), p.audit(), actor, now, "list", AuditAction.READ, AuditObjectType.CAMERA, "-", outcome);
    }

    /** One camera, for the system's own use (frame ingest); not audited. */
    public Optional<Camera> find(CameraId id) {
        return p.tx().inTransaction(() -> p.cameras().find(id));
    }
}
