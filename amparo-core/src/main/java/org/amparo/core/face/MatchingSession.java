package org.amparo.core.face;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.amparo.core.access.Actor;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.camera.Camera;
import org.amparo.core.evidence.EvidenceId;
import org.amparo.core.evidence.EvidenceKind;
import org.amparo.core.evidence.EvidenceRecord;
import org.amparo.core.legal.PolicyDecision;
import org.amparo.core.legal.ProcessingPolicy;
import org.amparo.core.legal.ProcessingRequest;
import org.amparo.core.transparency.StatisticKind;

/**
 * One camera's matching session (CHARTER sections 1, 3 and 5). For each face of a frame: the best
 * gallery template at or above the threshold; then the {@link ProcessingPolicy} re-checks that
 * template's authorization for this camera, its position and the capture time. A permitted hit
 * becomes a sighting and a face match awaiting confirmation, its probe crop stored encrypted, audited
 * with the gallery version and the crop's SHA-256. Faces that match nobody, and denied hits, are
 * dropped in memory and only counted; their crops are never even encoded. {@link #close()} audits
 * the end with the totals. Not thread-safe: one thread per session.
 */
public final class MatchingSession implements AutoCloseable {
    private final FacePorts p;
    private final Gallery gallery;
    private final Actor actor;
    private final Camera camera;
    private final UUID id;
    private final ProcessingPolicy policy;
    private final Map<String, Integer> dropped = new TreeMap<>();
    private int frames;
    private int faces;
    private int matches;
    private int unmatched;
    private boolean closed;

    MatchingSession(FacePorts ports, Gallery gallery, Actor actor, Camera camera, UUID id) {
        this.p = ports;
        this.gallery = gallery;
        this.actor = actor;
        this.camera = camera;
        this.id = id;
        this.policy = new ProcessingPolicy(ports.authorizations());
    }

    /** The session id, as in its audit entries. */
    public UUID id() {
        return id;
    }

    /** Matches the faces of one frame captured at {@code capturedAt}. */
    public FrameReport process(Instant capturedAt, List<? extends Probe> probes) {
        if (closed) {
            throw new IllegalStateException("the session is closed");
        }
        GallerySearch search = gallery.search(
                probes.stream().map(Probe::template).toList(), p.settings().minSimilarity());
        Map<String, Integer> frameDrops = new TreeMap<>();
        List<FaceMatchId> created = new ArrayList<>();
        int frameUnmatched = 0;
        for (int i = 0; i < probes.size(); i++) {
            Optional<GalleryHit> hit = search.hits().get(i);
            if (hit.isEmpty()) {
                frameUnmatched++;
                continue;
            }
            PolicyDecision decision = p.tx().inTransaction(() -> policy.check(ProcessingRequest.face(
                            hit.get().template().subjectId(),
                            capturedAt,
                            camera.position(),
                            camera.id().toString())
                    .under(hit.get().template().authorizationId())));
            switch (decision) {
                case PolicyDecision.Deny deny -> frameDrops.merge(deny.reason().name(), 1, Integer::sum);
                case PolicyDecision.Permit permit ->
                    created.add(keep(probes.get(i), hit.get(), capturedAt, search.version(), permit));
            }
        }
        frames++;
        faces += probes.size();
        matches += created.size();
        unmatched += frameUnmatched;
        frameDrops.forEach((reason, n) -> dropped.merge(reason, n, Integer::sum));
        return new FrameReport(probes.size(), created.size(), frameUnmatched, frameDrops, created);
    }

    private FaceMatchId keep(
            Probe probe, GalleryHit hit, Instant capturedAt, GalleryVersion version, PolicyDecision.Permit permit) {
        Instant now = p.clock().instant();
        GalleryTemplate t = hit.template();
        byte[] crop = probe.evidenceCrop();
        EvidenceRecord evidence = EvidenceRecord.of(
                new EvidenceId(p.ids().next()),
                permit.authorizationId(),
                EvidenceKind.PROBE_CROP,
                probe.cropMediaType(),
                crop,
                now);
        Sighting sighting = new Sighting(
                p.ids().next(),
                t.entryId(),
                t.subjectId(),
                permit.authorizationId(),
                camera.id(),
                camera.position(),
                capturedAt,
                hit.similarity(),
                evidence.id(),
                evidence.sha256());
        FaceMatch match = FaceMatch.pending(new FaceMatchId(p.ids().next()), sighting, t.photo(), version, now);
        return p.tx().inTransaction(() -> {
            p.evidence().put(evidence, crop);
            p.matches().insert(match);
            p.audit()
                    .append(AuditRecord.by(actor, now)
                            .authorization(permit.authorizationId())
                            .detail(String.format(
                                    java.util.Locale.ROOT,
                                    "match session=%s camera=%s galleryVersion=%s probeSha256=%s similarity=%.4f"
                                            + " entry=%s template=%s",
                                    id,
                                    camera.id(),
                                    version,
                                    evidence.sha256(),
                                    hit.similarity(),
                                    t.entryId(),
                                    t.templateId()))
                            .success(AuditAction.CREATE, AuditObjectType.FACE_MATCH, match.id()));
            p.statistics().record(StatisticKind.MATCH, permit.purpose().name(), now);
            return match.id();
        });
    }

    /** Audits the end of the session with its totals; idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Instant now = p.clock().instant();
        p.tx().inTransaction(() -> p.audit()
                .append(AuditRecord.by(actor, now)
                        .detail("session end camera=" + camera.id() + " galleryVersion=" + gallery.version()
                                + " frames=" + frames + " faces=" + faces + " matches=" + matches + " unmatched="
                                + unmatched + " droppedOutOfScope=" + dropped)
                        .success(AuditAction.SEARCH, AuditObjectType.FACE_SEARCH, id)));
    }
}
