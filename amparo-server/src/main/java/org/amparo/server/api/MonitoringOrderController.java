package org.amparo.server.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.core.alert.AlertService;
import org.amparo.core.geo.track.RuleStatus;
import org.amparo.core.monitoring.MonitoringOrderDefinition;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.amparo.core.monitoring.MonitoringService;
import org.amparo.core.monitoring.RuleSpec;
import org.amparo.core.monitoring.ScheduleText;
import org.amparo.server.api.MonitoringOrderBodies.OrderBody;
import org.amparo.server.monitoring.GeofenceRuntime;
import org.amparo.server.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Monitoring orders: creation (investigators, supervisors) and a view with the rules' current state. */
@RestController
@RequestMapping("/api/v1/monitoring-orders")
public class MonitoringOrderController {
    private final MonitoringService monitoring;
    private final GeofenceRuntime runtime;
    private final AlertService alerts;

    public MonitoringOrderController(MonitoringService monitoring, GeofenceRuntime runtime, AlertService alerts) {
        this.monitoring = monitoring;
        this.runtime = runtime;
        this.alerts = alerts;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody OrderBody body, Authentication auth) {
        MonitoringOrderDefinition order =
                Outcomes.value(monitoring.create(CurrentActor.of(auth), MonitoringOrderBodies.toRequest(body)));
        return ResponseEntity.created(URI.create("/api/v1/monitoring-orders/" + order.id()))
                .body(view(order, List.of()));
    }

    /** The order, its rules with their state now, and its latest alerts (ids, types, statuses). */
    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id, Authentication auth) {
        MonitoringOrderId orderId = MonitoringIds.order(id);
        MonitoringOrderDefinition order = Outcomes.value(monitoring.order(CurrentActor.of(auth), orderId));
        Map<String, Object> view = view(order, runtime.status(orderId));
        view.put(
                "alerts",
                alerts.forOrder(orderId, 50).stream()
                        .map(a -> Map.of(
                                "id", a.id().toString(),
                                "type", a.type().name(),
                                "status", a.status().name(),
                                "raisedAt", a.raisedAt().toString()))
                        .toList());
        return view;
    }

    private static Map<String, Object> view(MonitoringOrderDefinition order, List<RuleStatus> states) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", order.id().toString());
        view.put("authorizationId", order.authorizationId().toString());
        view.put("subjectId", order.subjectId().toString());
        view.put("deviceId", order.deviceId().toString());
        view.put("status", order.status().name());
        view.put("createdBy", order.createdBy());
        view.put("createdAt", order.createdAt().toString());
        if (order.endedAt() != null) {
            view.put("endedAt", order.endedAt().toString());
        }
        view.put("rules", order.rules().stream().map(r -> rule(r, states)).toList());
        return view;
    }

    private static Map<String, Object> rule(RuleSpec r, List<RuleStatus> states) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", r.id());
        view.put("type", r.type().name());
        if (!r.zoneIds().isEmpty()) {
            view.put("zoneIds", r.zoneIds().stream().map(Object::toString).toList());
        }
        if (r.protectedDeviceId() != null) {
            view.put("protectedDeviceId", r.protectedDeviceId().toString());
            view.put("distanceMeters", r.distanceMeters());
        }
        if (r.protectedChannel() != null) {
            // The destination is the protected person's contact: only its kind is shown.
            view.put("protectedChannel", r.protectedChannel().kind());
        }
        if (r.maxGap() != null) {
            view.put("maxGapSeconds", r.maxGap().toSeconds());
        }
        if (r.thresholdPercent() != null) {
            view.put("thresholdPercent", r.thresholdPercent());
        }
        view.put("marginMeters", r.hysteresis().marginMeters());
        view.put("dwellSeconds", r.hysteresis().dwell().minDuration().toSeconds());
        view.put("dwellFixes", r.hysteresis().dwell().minFixes());
        if (r.schedule() != null) {
            view.put("schedule", ScheduleText.format(r.schedule()));
        }
        states.stream().filter(s -> s.ruleId().equals(r.id())).findFirst().ifPresent(s -> {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("inBreach", s.inBreach());
            if (s.breachSince() != null) {
                state.put("breachSince", s.breachSince().toString());
            }
            if (s.confirmed() != null) {
                state.put("confirmed", s.confirmed().name());
            }
            view.put("state", state);
        });
        return view;
    }
}
