package org.amparo.core.geo.track;

/**
 * What a monitor did with a fix. Only {@link #EVALUATED} fixes can cause transitions; the others are
 * still the caller's to store in the track (they are valid data, merely not news).
 */
public enum FixVerdict {
    /** Newer than every fix of its device seen so far: rules were evaluated. */
    EVALUATED,
    /** Older than the newest fix of its device already evaluated: kept for the track, not evaluated. */
    LATE,
    /** Same device and same time as the newest evaluated fix (a replay): ignored. */
    DUPLICATE,
    /** Its device is neither the subject's nor a protected device of this order. */
    UNRELATED
}
