package org.amparo.core.geo.rule;

/** The kinds of rule, one per alert type of the API ({@link #alertType()}). */
public enum RuleKind {
    STAY_WITHIN("STAY_WITHIN_BREACH"),
    STAY_OUT("STAY_OUT_BREACH"),
    KEEP_APART("KEEP_APART_BREACH"),
    CURFEW("CURFEW_BREACH"),
    SILENCE("DEVICE_SILENT"),
    LOW_BATTERY("LOW_BATTERY");

    private final String alertType;

    RuleKind(String alertType) {
        this.alertType = alertType;
    }

    /** The alert type a breach of this kind raises, as the HTTP API names it. */
    public String alertType() {
        return alertType;
    }
}
