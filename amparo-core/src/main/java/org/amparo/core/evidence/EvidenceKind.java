package org.amparo.core.evidence;

/** What an evidence item shows. */
public enum EvidenceKind {
    /** A photo uploaded for enrolment in a watchlist (never a camera capture). */
    ENROLMENT_PHOTO,
    /** The crop of the face in a camera frame that matched a watchlist entry. */
    PROBE_CROP
}
