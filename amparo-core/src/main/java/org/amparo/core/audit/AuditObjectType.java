package org.amparo.core.audit;

/** What kind of object an audit entry concerns. */
public enum AuditObjectType {
    SUBJECT,
    AUTHORIZATION,
    AUDIT_LOG,
    USER,
    API_TOKEN,
    NOTIFICATION_TASK,
    RETENTION,
    REPORT,
    ADMIN_AREA,
    DEVICE,
    ZONE,
    MONITORING_ORDER,
    LOCATION_TRACK,
    ALERT,
    INCIDENT,
    UNIT,
    CALLER_LOCATION,
    DEAD_LETTER,
    CAMERA,
    WATCHLIST_ENTRY,
    /** A camera's face-matching session: start, end, gallery version and counts. */
    FACE_SEARCH,
    FACE_MATCH,
    EVIDENCE
}
