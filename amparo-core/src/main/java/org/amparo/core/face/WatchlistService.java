package org.amparo.core.face;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.audit.Refusals;
import org.amparo.core.engine.Outcome;
import org.amparo.core.evidence.EvidenceId;
import org.amparo.core.evidence.EvidenceKind;
import org.amparo.core.evidence.EvidenceRecord;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;

/**
 * Enrolment in the watchlist (CHARTER sections 1-3). An investigator uploads one or more photos of
 * one subject under one authorization in effect (approved, or urgent before its deadline) whose
 * scope covers FACE, for a purpose that allows face identification, in live mode. Photos only: there
 * is deliberately no way to enrol from a camera capture or a match. Every photo must show exactly
 * one usable face, else the whole enrolment is refused with the reasons per photo. Templates are
 * sealed with {@link TemplateCipher}, photos stored encrypted with their SHA-256; the enrolment and
 * every refusal are audited. Thread-safe.
 */
public final class WatchlistService {
    private final FacePorts p;
    private final GalleryMaintainer gallery;

    public WatchlistService(FacePorts ports, GalleryMaintainer gallery) {
        this.p = ports;
        this.gallery = gallery;
    }

    /** Enrols {@code subject} under {@code authorization} from uploaded, encoded photos. */
    public Outcome<WatchlistEntry> enrol(
            Actor actor, SubjectId subject, AuthorizationId authorization, List<byte[]> photos) {
        Instant now = p.clock().instant();
        Outcome<WatchlistEntry> outcome = refusal(actor, subject, authorization, photos, now)
                .orElseGet(() -> {
                    List<PhotoCheck> checks =
                            photos.stream().map(p.analyzer()::check).toList();
                    List<Outcome.Violation> unusable = unusable(checks);
                    return unusable.isEmpty()
                            ? store(actor, subject, authorization, photos, checks, now)
                            : new Outcome.Invalid<>(unusable);
                });
        Outcome<WatchlistEntry> result = Refusals.audited(
                p.tx(),
                p.audit(),
                actor,
                now,
                "enrol",
                AuditAction.CREATE,
                AuditObjectType.WATCHLIST_ENTRY,
                "authorization " + authorization,
                outcome);
        if (result instanceof Outcome.Done<WatchlistEntry>) {
            gallery.refresh();
        }
        return result;
    }

    /** Why the enrolment is refused before any photo is analysed, or empty when it may go on. */
    private Optional<Outcome<WatchlistEntry>> refusal(
            Actor actor, SubjectId subject, AuthorizationId id, List<byte[]> photos, Instant now) {
        if (!actor.has(Role.INVESTIGATOR)) {
            return Optional.of(new Outcome.Forbidden<>("only an investigator enrols watchlist entries"));
        }
        if (photos.isEmpty() || photos.size() > p.settings().maxPhotos()) {
            return Optional.of(
                    Outcome.invalid("photos", "upload 1.." + p.settings().maxPhotos() + " photos"));
        }
        if (photos.stream()
                .anyMatch(b -> b.length == 0 || b.length > p.settings().maxPhotoBytes())) {
            return Optional.of(Outcome.invalid(
                    "photos", "each photo must be 1.." + p.settings().maxPhotoBytes() + " bytes"));
        }
        Optional<Authorization> found =
                p.tx().inTransaction(() -> p.authorizations().find(id));
        if (found.isEmpty()) {
            return Optional.of(Outcome.invalid("authorizationId", "no authorization " + id));
        }
        Optional<String> refused = EnrolmentRules.refusal(found.get(), subject, now);
        if (refused.isPresent()) {
            return Optional.of(new Outcome.Conflict<>(refused.get()));
        }
        if (p.tx().inTransaction(() -> p.watchlist().forAuthorization(id)).isPresent()) {
            return Optional.of(new Outcome.Conflict<>("authorization " + id + " already has a watchlist entry"));
        }
        return Optional.empty();
    }

    private static List<Outcome.Violation> unusable(List<PhotoCheck> checks) {
        List<Outcome.Violation> violations = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i) instanceof PhotoCheck.Unusable(List<String> reasons)) {
                violations.add(new Outcome.Violation("photos[" + i + "]", String.join("; ", reasons)));
            }
        }
        return violations;
    }

    private Outcome<WatchlistEntry> store(
            Actor actor,
            SubjectId subject,
            AuthorizationId authorization,
            List<byte[]> photos,
            List<PhotoCheck> checks,
            Instant now) {
        WatchlistEntryId id = new WatchlistEntryId(p.ids().next());
        return p.tx().inTransaction(() -> {
            List<EnrolledTemplate> enrolled = new ArrayList<>();
            for (int i = 0; i < photos.size(); i++) {
                EvidenceRecord photo = EvidenceRecord.of(
                        new EvidenceId(p.ids().next()),
                        authorization,
                        EvidenceKind.ENROLMENT_PHOTO,
                        "image/jpeg",
                        photos.get(i),
                        now);
                p.evidence().put(photo, photos.get(i));
                UUID templateId = p.ids().next();
                FaceTemplate t = ((PhotoCheck.Usable) checks.get(i)).template();
                enrolled.add(new EnrolledTemplate(
                        templateId, p.cipher().seal(id, templateId, t), t.sha256(), photo.id(), photo.sha256()));
            }
            WatchlistEntry entry = new WatchlistEntry(id, subject, authorization, actor.username(), now, enrolled);
            p.watchlist().insert(entry);
            p.audit()
                    .append(AuditRecord.by(actor, now)
                            .authorization(authorization)
                            .detail("enrolled from uploaded photos=" + enrolled.size() + " photoSha256="
                                    + enrolled.stream()
                                            .map(EnrolledTemplate::photoSha256)
                                            .toList())
                            .success(AuditAction.CREATE, AuditObjectType.WATCHLIST_ENTRY, id));
            return new Outcome.Done<>(entry);
        });
    }

    /** Entries for investigators and supervisors, with the mandatory justification; the read is audited. */
    public Outcome<List<WatchlistEntry>> list(Actor actor, String justification) {
        Instant now = p.clock().instant();
        Outcome<List<WatchlistEntry>> outcome;
        if (!actor.has(Role.INVESTIGATOR) && !actor.has(Role.SUPERVISOR)) {
            outcome = new Outcome.Forbidden<>("only investigators and supervisors read the watchlist");
        } else if (justification.isBlank()) {
            outcome = Outcome.invalid("justification", "reading personal data needs a justification");
        } else {
            outcome = p.tx().inTransaction(() -> {
                List<WatchlistEntry> all = p.watchlist().all();
                p.audit()
                        .append(AuditRecord.by(actor, now)
                                .justification(justification)
                                .detail("list returned=" + all.size())
                                .success(AuditAction.READ, AuditObjectType.WATCHLIST_ENTRY, "-"));
                return new Outcome.Done<>(all);
            });
        }
        return Refusals.audited(
                p.tx(), p.audit(), actor, now, "list", AuditAction.READ, AuditObjectType.WATCHLIST_ENTRY, "-", outcome);
    }
}
