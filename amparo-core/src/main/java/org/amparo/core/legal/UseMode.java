package org.amparo.core.legal;

import java.time.Duration;

/**
 * Whether identification runs live on current feeds or retrospectively on recorded material. It
 * sets the deadline for deciding an urgent request (CHARTER section 1).
 */
public enum UseMode {
    LIVE(Duration.ofHours(24)),
    POST_EVENT(Duration.ofHours(48));

    private final Duration urgentDecisionDeadline;

    UseMode(Duration urgentDecisionDeadline) {
        this.urgentDecisionDeadline = urgentDecisionDeadline;
    }

    /** How long an urgent use may run before the request must be decided; fixed by the charter. */
    public Duration urgentDecisionDeadline() {
        return urgentDecisionDeadline;
    }
}
