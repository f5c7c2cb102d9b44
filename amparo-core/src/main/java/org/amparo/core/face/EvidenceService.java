package org.amparo.core.face;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.audit.Refusals;
import org.amparo.core.engine.Outcome;
import org.amparo.core.evidence.BundleFile;
import org.amparo.core.evidence.EvidenceBundle;
import org.amparo.core.evidence.EvidenceId;
import org.amparo.core.evidence.EvidenceRecord;

/**
 * Audited access to face evidence (CHARTER sections 5 and 6). Reviewers (operators, investigators,
 * supervisors) view an item with a justification; investigators and supervisors export a match's
 * bundle for a court: the probe crop and the enrolled photo with a manifest of their SHA-256 hashes,
 * signed with Ed25519. Every view, export and refusal is audited. Thread-safe.
 */
public final class EvidenceService {
    private final FacePorts p;

    public EvidenceService(FacePorts ports) {
        this.p = ports;
    }

    /** One decrypted item; {@link org.amparo.core.evidence.IntegrityException} if it was altered. */
    public Outcome<EvidenceView> view(Actor actor, EvidenceId id, String justification) {
        Instant now = p.clock().instant();
        Outcome<EvidenceView> outcome;
        if (!FaceMatchService.reviews(actor)) {
            outcome = new Outcome.Forbidden<>("only operators, investigators and supervisors view evidence");
        } else if (justification.isBlank()) {
            outcome = Outcome.invalid("justification", "viewing evidence needs a justification");
        } else {
            outcome = p.tx().inTransaction(() -> {
                Optional<EvidenceRecord> found = p.evidence().find(id);
                if (found.isEmpty()) {
                    return new Outcome.NotFound<>("evidence " + id);
                }
                EvidenceView view = new EvidenceView(found.get(), p.evidence().read(found.get()));
                p.audit()
                        .append(AuditRecord.by(actor, now)
                                .authorization(found.get().authorizationId())
                                .justification(justification)
                                .detail("viewed kind=" + found.get().kind() + " sha256="
                                        + found.get().sha256())
                                .success(AuditAction.READ, AuditObjectType.EVIDENCE, id));
                return new Outcome.Done<>(view);
            });
        }
        return Refusals.audited(
                p.tx(), p.audit(), actor, now, "view", AuditAction.READ, AuditObjectType.EVIDENCE, id, outcome);
    }

    /** The signed bundle of one match: probe crop, enrolled photo, manifest and signature. */
    public Outcome<EvidenceExport> export(Actor actor, FaceMatchId id, String justification) {
        Instant now = p.clock().instant();
        Outcome<EvidenceExport> outcome;
        if (!actor.has(Role.INVESTIGATOR) && !actor.has(Role.SUPERVISOR)) {
            outcome = new Outcome.Forbidden<>("only investigators and supervisors export evidence");
        } else if (justification.isBlank()) {
            outcome = Outcome.invalid("justification", "exporting evidence needs a justification");
        } else {
            outcome = p.tx().inTransaction(() -> p.matches()
                    .find(id)
                    .map(match -> bundle(actor, match, justification, now))
                    .orElseGet(() -> new Outcome.NotFound<>("face match " + id)));
        }
        return Refusals.audited(
                p.tx(), p.audit(), actor, now, "export", AuditAction.EXPORT, AuditObjectType.EVIDENCE, id, outcome);
    }

    private Outcome<EvidenceExport> bundle(Actor actor, FaceMatch match, String justification, Instant now) {
        Optional<EvidenceRecord> crop = p.evidence().find(match.sighting().probeCrop());
        Optional<EvidenceRecord> photo = p.evidence().find(match.enrolledPhoto());
        if (crop.isEmpty() || photo.isEmpty()) {
            return new Outcome.Conflict<>("the evidence of match " + match.id() + " is no longer stored");
        }
        List<BundleFile> files = List.of(
                new BundleFile(
                        "probe-crop" + extension(crop.get()), p.evidence().read(crop.get())),
                new BundleFile(
                        "enrolled-photo" + extension(photo.get()), p.evidence().read(photo.get())));
        SequencedMap<String, String> header = new LinkedHashMap<>();
        header.put("exported-at", now.toString());
        header.put("exported-by", actor.username());
        header.put("face-match", match.id().toString());
        header.put("authorization", match.sighting().authorizationId().toString());
        header.put("camera", match.sighting().cameraId().toString());
        header.put("captured-at", match.sighting().at().toString());
        header.put(
                "similarity",
                String.format(java.util.Locale.ROOT, "%.4f", match.sighting().similarity()));
        header.put("gallery-version", match.galleryVersion().toString());
        header.put("status", match.status().name());
        header.put(
                "verdicts",
                match.verdicts().stream()
                        .map(v -> v.username() + ":" + v.kind() + "@" + v.at())
                        .toList()
                        .toString());
        byte[] zip = EvidenceBundle.write(header, files, p.signer());
        p.audit()
                .append(AuditRecord.by(actor, now)
                        .authorization(match.sighting().authorizationId())
                        .justification(justification)
                        .detail("exported match=" + match.id() + " files="
                                + files.stream()
                                        .map(f -> f.name() + ":" + f.sha256())
                                        .toList()
                                + " signer=" + p.signer().fingerprint())
                        .success(AuditAction.EXPORT, AuditObjectType.EVIDENCE, match.id()));
        return new Outcome.Done<>(new EvidenceExport("amparo-evidence-" + match.id() + ".zip", zip));
    }

    private static String extension(EvidenceRecord record) {
        return switch (record.mediaType()) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> ".bin";
        };
    }
}
