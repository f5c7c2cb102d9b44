package org.amparo.core.alert;

import org.amparo.core.geo.rule.RuleKind;

/** What an alert is about: one type per rule kind, and face matches; named as the HTTP API names it. */
public enum AlertType {
    STAY_WITHIN_BREACH,
    STAY_OUT_BREACH,
    KEEP_APART_BREACH,
    CURFEW_BREACH,
    DEVICE_SILENT,
    LOW_BATTERY,
    /**
     * A face match awaiting or after two-person confirmation. No rule kind raises it: it lives in
     * {@link org.amparo.core.face.FaceMatch}, and the API lists those under this type.
     */
    FACE_MATCH;

    /** The type a breach of {@code kind} raises ({@link RuleKind#alertType()}). */
    public static AlertType of(RuleKind kind) {
        return valueOf(kind.alertType());
    }
}
