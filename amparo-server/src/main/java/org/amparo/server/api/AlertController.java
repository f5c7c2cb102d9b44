package org.amparo.server.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amparo.core.alert.Alert;
import org.amparo.core.alert.AlertQuery;
import org.amparo.core.alert.AlertService;
import org.amparo.core.alert.AlertStatus;
import org.amparo.core.alert.AlertType;
import org.amparo.core.face.FaceMatch;
import org.amparo.core.face.FaceMatchQuery;
import org.amparo.core.face.FaceMatchService;
import org.amparo.core.face.FaceMatchStatus;
import org.amparo.core.face.VerdictKind;
import org.amparo.server.events.FaceMatchEvents;
import org.amparo.server.monitoring.GeofenceRuntime;
import org.amparo.server.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The alert queue of operators and supervisors: list, acknowledge, resolve. Face matches are listed
 * with {@code ?type=FACE_MATCH} (served by the face match review) and decided through {@code
 * /confirmations}. Every use is audited.
 */
@RestController
@RequestMapping("/api/v1/alerts")
public class AlertController {
    private final AlertService alerts;
    private final GeofenceRuntime runtime;

    private final FaceMatchService faceMatches;
    private final FaceMatchEvents faceEvents;

    public AlertController(
            AlertService alerts, GeofenceRuntime runtime, FaceMatchService faceMatches, FaceMatchEvents faceEvents) {
        this.alerts = alerts;
        this.runtime = runtime;
        this.faceMatches = faceMatches;
        this.faceEvents = faceEvents;
    }

    /** A reviewer's verdict on a face match. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record ConfirmationBody(@Nullable String verdict) {}

    /** The type filter under which face matches, not geofence alerts, are listed. */
    static final String FACE_MATCH = "FACE_MATCH";

    /** A resolution. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record ResolveBody(@Nullable String note) {}

    @GetMapping
    List<Map<String, Object>> list(
            @RequestParam(name = "since", required = false) @Nullable String since,
            @RequestParam(name = "type", required = false) @Nullable String type,
            @RequestParam(name = "status", required = false) @Nullable String status,
            @RequestParam(name = "limit", defaultValue = "200") int limit,
            Authentication auth) {
        if (limit < 1 || limit > AlertQuery.MAX_LIMIT) {
            throw RefusedException.invalid("limit", "1.." + AlertQuery.MAX_LIMIT);
        }
        if (FACE_MATCH.equalsIgnoreCase(String.valueOf(type))) {
            FaceMatchQuery faces = new FaceMatchQuery(
                    blank(status) ? null : parse(FaceMatchStatus.class, status, "status"),
                    blank(since) ? null : instant(since),
                    Math.min(limit, FaceMatchQuery.MAX_LIMIT));
            return Outcomes.value(faceMatches.list(CurrentActor.of(auth), faces)).stream()
                    .map(FaceMatchViews::view)
                    .toList();
        }
        AlertQuery query = new AlertQuery(
                blank(since) ? null : instant(since),
                blank(type) ? null : parse(AlertType.class, type, "type"),
                AlertQuery.only(blank(status) ? null : parse(AlertStatus.class, status, "status")),
                limit);
        return Outcomes.value(alerts.list(CurrentActor.of(auth), query)).stream()
                .map(AlertController::view)
                .toList();
    }

    /**
     * A verdict on a face match: two different reviewers' CONFIRM make it CONFIRMED, one REJECT
     * rejects it; a second verdict by the same person is a conflict (409).
     */
    @PostMapping("/{id}/confirmations")
    Map<String, Object> confirm(@PathVariable String id, @RequestBody ConfirmationBody body, Authentication auth) {
        if (body.verdict() == null) {
            throw RefusedException.invalid("verdict", "CONFIRM or REJECT");
        }
        VerdictKind verdict = parse(VerdictKind.class, body.verdict(), "verdict");
        FaceMatch decided =
                Outcomes.value(faceMatches.decide(CurrentActor.of(auth), EvidenceController.match(id), verdict));
        faceEvents.decided(decided);
        return FaceMatchViews.view(decided);
    }

    @PostMapping("/{id}/acknowledge")
    Map<String, Object> acknowledge(@PathVariable String id, Authentication auth) {
        Alert alert = Outcomes.value(alerts.acknowledge(CurrentActor.of(auth), MonitoringIds.alert(id)));
        runtime.publish(alert);
        return view(alert);
    }

    @PostMapping("/{id}/resolve")
    Map<String, Object> resolve(@PathVariable String id, @RequestBody ResolveBody body, Authentication auth) {
        Alert alert = Outcomes.value(
                alerts.resolve(CurrentActor.of(auth), MonitoringIds.alert(id), body.note() == null ? "" : body.note()));
        runtime.publish(alert);
        return view(alert);
    }

    static Map<String, Object> view(Alert a) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", a.id().toString());
        view.put("type", a.type().name());
        view.put("status", a.status().name());
        view.put("orderId", a.orderId().toString());
        view.put("ruleId", a.ruleId());
        view.put("subjectId", a.subjectId().toString());
        view.put("authorizationId", a.authorizationId().toString());
        view.put("raisedAt", a.raisedAt().toString());
        if (a.position() != null) {
            view.put(
                    "position",
                    Map.of("lat", a.position().latitude(), "lon", a.position().longitude()));
        }
        put(view, "acknowledgedBy", a.acknowledgedBy());
        put(view, "acknowledgedAt", a.acknowledgedAt());
        put(view, "escalatedAt", a.escalatedAt());
        put(view, "resolvedBy", a.resolvedBy());
        put(view, "resolvedAt", a.resolvedAt());
        put(view, "resolutionNote", a.resolutionNote());
        return view;
    }

    private static void put(Map<String, Object> view, String key, @Nullable Object value) {
        if (value != null) {
            view.put(key, value.toString());
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static Instant instant(@Nullable String text) {
        try {
            return Instant.parse(String.valueOf(text));
        } catch (DateTimeParseException e) {
            throw RefusedException.invalid("since", "an ISO 8601 instant, e.g. 2026-11-26T12:00:00Z");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, @Nullable String text, String field) {
        try {
            return Enum.valueOf(type, String.valueOf(text).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid(field, "one of " + List.of(type.getEnumConstants()));
        }
    }
}
