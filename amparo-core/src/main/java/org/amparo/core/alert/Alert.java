package org.amparo.core.alert;

import java.time.Instant;
import java.util.Objects;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.jspecify.annotations.Nullable;

/**
 * An alert raised by the breach of one rule of one monitoring order. {@code position} is the
 * subject's fix that triggered it, never the protected person's. Immutable: transitions return the
 * changed copy.
 *
 * @param id identifier
 * @param type what kind of breach
 * @param orderId the monitoring order
 * @param ruleId the rule within the order
 * @param subjectId the monitored subject
 * @param authorizationId the authorization the order runs under
 * @param status lifecycle status
 * @param raisedAt when the breach started (device time of the triggering fix or tick)
 * @param position where the subject's triggering fix was, or null (silence, no fix yet)
 * @param acknowledgedBy who acknowledged it, or null
 * @param acknowledgedAt when, or null
 * @param escalatedAt when it was escalated for lack of acknowledgement, or null
 * @param resolvedBy who resolved it ({@value #SYSTEM} when the rule was satisfied again), or null
 * @param resolvedAt when, or null
 * @param resolutionNote why it was resolved, or null
 */
public record Alert(
        AlertId id,
        AlertType type,
        MonitoringOrderId orderId,
        String ruleId,
        SubjectId subjectId,
        AuthorizationId authorizationId,
        AlertStatus status,
        Instant raisedAt,
        @Nullable GeoPoint position,
        @Nullable String acknowledgedBy,
        @Nullable Instant acknowledgedAt,
        @Nullable Instant escalatedAt,
        @Nullable String resolvedBy,
        @Nullable Instant resolvedAt,
        @Nullable String resolutionNote) {
    /** The resolver of alerts closed because the rule was satisfied again. */
    public static final String SYSTEM = "system";

    /** Longest resolution note. */
    public static final int MAX_NOTE = 500;

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        if ((status == AlertStatus.RESOLVED) != (resolvedAt != null)) {
            throw new IllegalArgumentException("a resolved alert, and only it, has a resolution time");
        }
        if (resolutionNote != null && resolutionNote.length() > MAX_NOTE) {
            throw new IllegalArgumentException("resolution note longer than " + MAX_NOTE);
        }
    }

    /** A new alert, raised. */
    public static Alert raised(
            AlertId id,
            AlertType type,
            MonitoringOrderId orderId,
            String ruleId,
            SubjectId subjectId,
            AuthorizationId authorizationId,
            Instant at,
            @Nullable GeoPoint position) {
        return new Alert(
                id,
                type,
                orderId,
                ruleId,
                subjectId,
                authorizationId,
                AlertStatus.RAISED,
                at,
                position,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    public Alert acknowledged(String by, Instant at) {
        return new Alert(
                id,
                type,
                orderId,
                ruleId,
                subjectId,
                authorizationId,
                AlertStatus.ACKNOWLEDGED,
                raisedAt,
                position,
                by,
                at,
                escalatedAt,
                null,
                null,
                null);
    }

    public Alert escalated(Instant at) {
        return new Alert(
                id,
                type,
                orderId,
                ruleId,
                subjectId,
                authorizationId,
                AlertStatus.ESCALATED,
                raisedAt,
                position,
                acknowledgedBy,
                acknowledgedAt,
                at,
                null,
                null,
                null);
    }

    public Alert resolved(String by, Instant at, String note) {
        return new Alert(
                id,
                type,
                orderId,
                ruleId,
                subjectId,
                authorizationId,
                AlertStatus.RESOLVED,
                raisedAt,
                position,
                acknowledgedBy,
                acknowledgedAt,
                escalatedAt,
                by,
                at,
                note);
    }
}
