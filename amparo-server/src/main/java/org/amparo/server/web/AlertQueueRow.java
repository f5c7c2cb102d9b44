package org.amparo.server.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.amparo.core.alert.Alert;
import org.amparo.core.alert.AlertStatus;
import org.amparo.core.dispatch.IncidentSummary;
import org.amparo.core.face.FaceMatch;
import org.amparo.core.face.FaceMatchStatus;
import org.jspecify.annotations.Nullable;

/**
 * One line of the unified queue, ready for the template: a geofence alert, a face match awaiting confirmation or an
 * incident without a unit, with what every line has (type, severity, province, age, status, urgency) and the item
 * itself for the columns of its kind. Exactly one of {@code alert}, {@code match} and {@code incident} is set.
 * Immutable.
 *
 * @param type what the line is
 * @param severity how serious, for the order and the severity column
 * @param province the province's name, or null when unknown (no position, no imported provinces)
 * @param raisedAt when it started needing a person
 * @param age how long ago, coarsely
 * @param urgency whether it is past, or near, its deadline
 * @param alert the geofence alert, or null
 * @param match the face match, or null
 * @param incident the incident, or null
 * @param camera the match's camera name, or null
 * @param decidedByViewer whether the person looking has given a verdict on the match
 */
public record AlertQueueRow(
        AlertQueueType type,
        Severity severity,
        @Nullable String province,
        Instant raisedAt,
        String age,
        Urgency urgency,
        @Nullable Alert alert,
        @Nullable FaceMatch match,
        @Nullable IncidentSummary incident,
        @Nullable String camera,
        boolean decidedByViewer) {

    /** How serious a line is; incidents carry their priority, the other kinds a fixed level per type. */
    public enum Severity {
        CRITICAL,
        HIGH,
        MEDIUM,
        LOW
    }

    /** Where a line stands against its deadline; shown in words and an icon as well as colour. */
    public enum Urgency {
        /** Past its deadline: red. */
        OVERDUE,
        /** In the last quarter before its deadline: amber. */
        NEAR,
        /** Not waiting on anyone, or time left. */
        NONE
    }

    public AlertQueueRow {
        Objects.requireNonNull(type, "type");
        int set = (alert == null ? 0 : 1) + (match == null ? 0 : 1) + (incident == null ? 0 : 1);
        if (set != 1) {
            throw new IllegalArgumentException("a line is one alert, one face match or one incident");
        }
    }

    /** The kind as the page's markup and script name it: {@code alert}, {@code face-match}, {@code incident}. */
    public String kind() {
        return alert != null ? "alert" : match != null ? "face-match" : "incident";
    }

    /** The item's id. */
    public String id() {
        if (alert != null) {
            return alert.id().toString();
        }
        return match != null
                ? match.id().toString()
                : Objects.requireNonNull(incident).id().toString();
    }

    /** Unique across kinds, so that the selection survives a refresh. */
    public String key() {
        return kind() + ":" + id();
    }

    /** The item's status name. */
    public String status() {
        if (alert != null) {
            return alert.status().name();
        }
        return match != null
                ? match.status().name()
                : Objects.requireNonNull(incident).status().name();
    }

    /** The message key of the status. */
    public String statusKey() {
        return (alert != null ? "alertStatus." : match != null ? "faceMatchStatus." : "incidentStatus.") + status();
    }

    /** The message key of the severity: the incident's priority, or the queue's level. */
    public String severityKey() {
        return incident != null ? "priority." + incident.priority().name() : "queue.severity." + severity.name();
    }

    public boolean escalated() {
        return alert != null && alert.status() == AlertStatus.ESCALATED;
    }

    public boolean acknowledgeable() {
        return alert != null && (alert.status() == AlertStatus.RAISED || alert.status() == AlertStatus.ESCALATED);
    }

    public boolean resolvable() {
        return alert != null && alert.status().open();
    }

    /** Whether verdicts may still be given; the service refuses a second verdict by the same person. */
    public boolean pending() {
        return match != null && match.status() == FaceMatchStatus.PENDING_CONFIRMATION;
    }

    public String similarityPercent() {
        return match == null
                ? ""
                : String.format(Locale.ROOT, "%.1f", match.sighting().similarity() * 100);
    }

    public int confirmations() {
        return match == null ? 0 : match.verdicts().size();
    }
}
