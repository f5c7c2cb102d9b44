package org.amparo.core.face;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.amparo.core.evidence.EvidenceId;

/**
 * A face match awaiting, or after, human confirmation: the sighting, the enrolled photo to show
 * beside the probe crop, the gallery version searched and the verdicts so far. The status follows
 * from the verdicts: one REJECT rejects it, two CONFIRMs by different people confirm it. Immutable.
 *
 * @param id identifier
 * @param sighting the permitted sighting
 * @param enrolledPhoto the enrolment photo of the matched template
 * @param galleryVersion the gallery content searched
 * @param raisedAt when the match was stored
 * @param status the status the verdicts give
 * @param verdicts in order, at most one per person
 */
public record FaceMatch(
        FaceMatchId id,
        Sighting sighting,
        EvidenceId enrolledPhoto,
        GalleryVersion galleryVersion,
        Instant raisedAt,
        FaceMatchStatus status,
        List<Verdict> verdicts) {
    /** Confirmations by different people that make a match actionable. */
    public static final int CONFIRMATIONS_NEEDED = 2;

    public FaceMatch {
        Objects.requireNonNull(id, "id");
        verdicts = List.copyOf(verdicts);
        if (verdicts.stream().map(Verdict::username).distinct().count() != verdicts.size()) {
            throw new IllegalArgumentException("one verdict per person");
        }
        if (status != statusOf(verdicts)) {
            throw new IllegalArgumentException("status " + status + " does not follow from the verdicts");
        }
    }

    /** A new match awaiting confirmation. */
    public static FaceMatch pending(
            FaceMatchId id, Sighting sighting, EvidenceId enrolledPhoto, GalleryVersion version, Instant at) {
        return new FaceMatch(id, sighting, enrolledPhoto, version, at, FaceMatchStatus.PENDING_CONFIRMATION, List.of());
    }

    /** The status a list of verdicts gives. */
    public static FaceMatchStatus statusOf(List<Verdict> verdicts) {
        if (verdicts.stream().anyMatch(v -> v.kind() == VerdictKind.REJECT)) {
            return FaceMatchStatus.REJECTED;
        }
        return verdicts.size() >= CONFIRMATIONS_NEEDED
                ? FaceMatchStatus.CONFIRMED
                : FaceMatchStatus.PENDING_CONFIRMATION;
    }

    /** Whether {@code username} has given a verdict. */
    public boolean decidedBy(String username) {
        return verdicts.stream().anyMatch(v -> v.username().equals(username));
    }

    /** This match with one more verdict; the caller checks it is still pending and the person new. */
    public FaceMatch with(Verdict verdict) {
        List<Verdict> next = new ArrayList<>(verdicts);
        next.add(verdict);
        return new FaceMatch(id, sighting, enrolledPhoto, galleryVersion, raisedAt, statusOf(next), next);
    }
}
