package org.amparo.core.retention;

import java.time.Duration;

/**
 * A class of stored data with its own maximum age (CHARTER section 6). Defaults are conservative;
 * each can be configured, but never below its legal minimum.
 */
public enum DataClass {
    /** Location fixes of monitored subjects. */
    LOCATION_FIX(Duration.ofDays(90), Duration.ZERO),
    /**
     * Face matches never confirmed (pending or rejected), with their sightings, verdicts and probe
     * crops, counted from when the match was raised; kept past it while under legal hold.
     */
    SIGHTING(Duration.ofDays(14), Duration.ZERO),
    /**
     * Confirmed face sightings with their matches, verdicts and probe crops, counted from when the
     * match was raised; kept past it while under legal hold.
     */
    EVIDENCE(Duration.ofDays(180), Duration.ZERO),
    /** Emergency caller location, counted from the close of its incident. */
    CALLER_LOCATION(Duration.ofDays(30), Duration.ZERO),
    /**
     * The personal data of a closed incident (caller numbers, description, notes, exact position), counted from its
     * close; the rest of the incident stays for statistics.
     */
    INCIDENT_PERSONAL_DATA(Duration.ofDays(730), Duration.ZERO),
    /** Subjects with no authorization in effect, counted from the end of their last authorization. */
    SUBJECT_RECORD(Duration.ofDays(365), Duration.ZERO),
    /** The audit log: at least six months. */
    AUDIT_LOG(Duration.ofDays(730), Duration.ofDays(183));

    private final Duration defaultMaxAge;
    private final Duration minimumMaxAge;

    DataClass(Duration defaultMaxAge, Duration minimumMaxAge) {
        this.defaultMaxAge = defaultMaxAge;
        this.minimumMaxAge = minimumMaxAge;
    }

    public Duration defaultMaxAge() {
        return defaultMaxAge;
    }

    /** The shortest maximum age the law allows for this class (zero: no minimum). */
    public Duration minimumMaxAge() {
        return minimumMaxAge;
    }
}
