package org.amparo.server.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.amparo.core.access.Actor;
import org.amparo.core.alert.Alert;
import org.amparo.core.alert.AlertQuery;
import org.amparo.core.alert.AlertStatus;
import org.amparo.core.alert.AlertType;
import org.amparo.core.camera.Camera;
import org.amparo.core.camera.CameraId;
import org.amparo.core.dispatch.DispatchService;
import org.amparo.core.dispatch.IncidentStatus;
import org.amparo.core.dispatch.IncidentSummary;
import org.amparo.core.dispatch.ProvinceRef;
import org.amparo.core.engine.Outcome;
import org.amparo.core.face.FaceMatch;
import org.amparo.core.face.FaceMatchQuery;
import org.amparo.core.face.FaceMatchStatus;
import org.amparo.core.geo.AdminArea;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.QueueConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.security.Access;
import org.amparo.server.security.Route;
import org.amparo.server.security.RouteTable;
import org.amparo.server.web.AlertQueueRow.Severity;
import org.amparo.server.web.AlertQueueRow.Urgency;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The unified queue of everything that needs a person now: geofence alerts, face matches awaiting confirmation and,
 * for those who may open incidents, incidents without a unit. Each kind is listed through its core service, which
 * checks the roles and audits the read; a kind the filter leaves out is not read at all. Lines are ordered by urgency
 * (past the deadline, then near it), then severity, then oldest first. Thread-safe (stateless).
 */
@Component
public class AlertQueue {
    /** Most geofence alerts listed. */
    static final int MAX_ALERTS = 200;
    /** Most face matches listed. */
    static final int MAX_MATCHES = 100;

    private static final Comparator<AlertQueueRow> ORDER = Comparator.comparing(AlertQueueRow::urgency)
            .thenComparing(AlertQueueRow::severity)
            .thenComparing(AlertQueueRow::raisedAt);

    private final AlertQueueSources s;
    private final Clock clock;
    private final Duration alertDeadline;
    private final Duration matchDeadline;
    private final Duration incidentDeadline;

    public AlertQueue(AlertQueueSources sources, Settings settings, Clock clock) {
        this.s = sources;
        this.clock = clock;
        this.alertDeadline = settings.get(AmparoConfig.ALERT_ACK_TIMEOUT);
        this.matchDeadline = settings.get(QueueConfig.FACE_MATCH_ATTENTION_AFTER);
        this.incidentDeadline = settings.get(QueueConfig.INCIDENT_ATTENTION_AFTER);
    }

    /**
     * The lines of the filter, the provinces to filter by, whether a list was cut at its limit, and the first
     * refusal of a service, if any.
     */
    public record Listing(
            List<AlertQueueRow> rows,
            List<String> provinces,
            boolean truncated,
            boolean incidentsShown,
            @Nullable Refusal refusal) {}

    /** Whether {@code actor} may open incidents, as the route table says of {@code GET /incidents/{id}}. */
    static boolean seesIncidents(Actor actor) {
        return RouteTable.UI.stream()
                .filter(r -> HttpMethod.GET.equals(r.method()) && r.pattern().equals("/incidents/{id}"))
                .map(Route::access)
                .anyMatch(a -> a instanceof Access.AnyOf(Set<org.amparo.core.access.Role> roles)
                        && roles.stream().anyMatch(actor::has));
    }

    public Listing list(Actor actor, AlertQueueFilter filter) {
        Instant now = clock.instant();
        Instant since = filter.age().since(now);
        List<AlertQueueRow> rows = new ArrayList<>();
        List<Outcome<?>> refused = new ArrayList<>();
        boolean truncated = alerts(actor, filter, since, now, rows, refused);
        truncated |= matches(actor, filter, since, now, rows, refused);
        boolean incidentsShown = seesIncidents(actor);
        if (incidentsShown) {
            truncated |= incidents(actor, filter, since, now, rows, refused);
        }
        Set<String> provinces = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        rows.forEach(r -> {
            if (r.province() != null) {
                provinces.add(r.province());
            }
        });
        String province = filter.province();
        if (province != null) {
            provinces.add(province);
            rows.removeIf(r -> r.province() == null || !r.province().equalsIgnoreCase(province));
        }
        rows.sort(ORDER);
        Refusal refusal = refused.isEmpty() ? null : Refusal.of(refused.get(0));
        return new Listing(List.copyOf(rows), List.copyOf(provinces), truncated, incidentsShown, refusal);
    }

    private boolean alerts(
            Actor actor,
            AlertQueueFilter filter,
            @Nullable Instant since,
            Instant now,
            List<AlertQueueRow> rows,
            List<Outcome<?>> refused) {
        List<AlertQueueType> wanted = List.of(AlertQueueType.values()).stream()
                .filter(t -> t.alertType() != null && filter.wants(t))
                .toList();
        Set<AlertStatus> statuses;
        if (filter.status() == null) {
            statuses = AlertQuery.OPEN;
        } else if (isAlertStatus(filter.status())) {
            statuses = AlertQuery.only(AlertStatus.valueOf(filter.status()));
        } else {
            return false;
        }
        if (wanted.isEmpty()) {
            return false;
        }
        AlertType one = wanted.size() == 1 ? wanted.get(0).alertType() : null;
        Outcome<List<Alert>> listed = s.alerts().list(actor, new AlertQuery(since, one, statuses, MAX_ALERTS));
        if (!(listed instanceof Outcome.Done<List<Alert>>(List<Alert> found))) {
            refused.add(listed);
            return false;
        }
        for (Alert a : found) {
            AlertQueueType type = AlertQueueType.of(a.type());
            if (!wanted.contains(type)) {
                continue;
            }
            String province = a.position() == null
                    ? null
                    : s.provinces()
                            .get()
                            .locate(a.position())
                            .map(AdminArea::name)
                            .orElse(null);
            Urgency urgency = a.status() == AlertStatus.ESCALATED
                    ? Urgency.OVERDUE
                    : urgency(a.status() == AlertStatus.RAISED, a.raisedAt(), now, alertDeadline);
            rows.add(new AlertQueueRow(
                    type,
                    severity(a.type()),
                    province,
                    a.raisedAt(),
                    AlertPageController.age(a.raisedAt(), now),
                    urgency,
                    a,
                    null,
                    null,
                    null,
                    false));
        }
        return found.size() >= MAX_ALERTS;
    }

    private boolean matches(
            Actor actor,
            AlertQueueFilter filter,
            @Nullable Instant since,
            Instant now,
            List<AlertQueueRow> rows,
            List<Outcome<?>> refused) {
        FaceMatchStatus status;
        if (filter.status() == null) {
            status = FaceMatchStatus.PENDING_CONFIRMATION;
        } else if (isFaceMatchStatus(filter.status())) {
            status = FaceMatchStatus.valueOf(filter.status());
        } else {
            return false;
        }
        if (!filter.wants(AlertQueueType.FACE_MATCH)) {
            return false;
        }
        Outcome<List<FaceMatch>> listed = s.matches().list(actor, new FaceMatchQuery(status, since, MAX_MATCHES));
        if (!(listed instanceof Outcome.Done<List<FaceMatch>>(List<FaceMatch> found))) {
            refused.add(listed);
            return false;
        }
        Map<CameraId, @Nullable Camera> cameras = new HashMap<>();
        for (FaceMatch m : found) {
            Camera camera = cameras.computeIfAbsent(
                    m.sighting().cameraId(), id -> s.cameras().find(id).orElse(null));
            boolean pending = m.status() == FaceMatchStatus.PENDING_CONFIRMATION;
            rows.add(new AlertQueueRow(
                    AlertQueueType.FACE_MATCH,
                    Severity.HIGH,
                    camera == null ? null : camera.province(),
                    m.raisedAt(),
                    AlertPageController.age(m.raisedAt(), now),
                    urgency(pending, m.raisedAt(), now, matchDeadline),
                    null,
                    m,
                    null,
                    camera == null ? m.sighting().cameraId().toString() : camera.name(),
                    m.decidedBy(actor.username())));
        }
        return found.size() >= MAX_MATCHES;
    }

    private boolean incidents(
            Actor actor,
            AlertQueueFilter filter,
            @Nullable Instant since,
            Instant now,
            List<AlertQueueRow> rows,
            List<Outcome<?>> refused) {
        boolean statusWanted = filter.status() == null || filter.status().equals(IncidentStatus.OPEN.name());
        if (!statusWanted || !filter.wants(AlertQueueType.INCIDENT)) {
            return false;
        }
        Outcome<List<IncidentSummary>> listed = s.dispatch().listOpen(actor, DispatchService.MAX_LIST);
        if (!(listed instanceof Outcome.Done<List<IncidentSummary>>(List<IncidentSummary> found))) {
            refused.add(listed);
            return false;
        }
        for (IncidentSummary i : found) {
            // OPEN is the status of an incident no unit is assigned to (dispatched ones move on, recalled ones back).
            if (i.status() != IncidentStatus.OPEN
                    || (since != null && i.createdAt().isBefore(since))) {
                continue;
            }
            ProvinceRef province = i.province();
            rows.add(new AlertQueueRow(
                    AlertQueueType.INCIDENT,
                    Severity.values()[i.priority().ordinal()],
                    province == null ? null : province.name(),
                    i.createdAt(),
                    AlertPageController.age(i.createdAt(), now),
                    urgency(true, i.createdAt(), now, incidentDeadline),
                    null,
                    null,
                    i,
                    null,
                    false));
        }
        return found.size() >= DispatchService.MAX_LIST;
    }

    /** Past the deadline, within its last quarter, or neither; only what still waits on a person is urgent. */
    static Urgency urgency(boolean waiting, Instant since, Instant now, Duration deadline) {
        if (!waiting) {
            return Urgency.NONE;
        }
        Duration waited = Duration.between(since, now);
        if (waited.compareTo(deadline) >= 0) {
            return Urgency.OVERDUE;
        }
        return waited.multipliedBy(4).compareTo(deadline.multipliedBy(3)) >= 0 ? Urgency.NEAR : Urgency.NONE;
    }

    /**
     * The queue's level per alert type: a subject near a protected person, or inside an exclusion zone, is a risk to
     * someone now; a subject out of home, out after curfew or silent is a breach to check; a low battery can wait.
     */
    static Severity severity(AlertType type) {
        return switch (type) {
            case KEEP_APART_BREACH, STAY_OUT_BREACH -> Severity.CRITICAL;
            case STAY_WITHIN_BREACH, CURFEW_BREACH, DEVICE_SILENT, FACE_MATCH -> Severity.HIGH;
            case LOW_BATTERY -> Severity.LOW;
        };
    }

    private static boolean isAlertStatus(String status) {
        return List.of(AlertStatus.values()).stream().anyMatch(a -> a.name().equals(status));
    }

    private static boolean isFaceMatchStatus(String status) {
        return List.of(FaceMatchStatus.values()).stream().anyMatch(a -> a.name().equals(status));
    }
}
