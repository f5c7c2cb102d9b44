package org.amparo.server.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.amparo.core.alert.Alert;
import org.amparo.core.device.DeviceBinding;
import org.amparo.core.monitoring.MonitoringOrderDefinition;
import org.amparo.core.monitoring.RuleSpec;
import org.jspecify.annotations.Nullable;

/**
 * The life of one monitoring order as a timeline: created with its rules, the subject's device bound, each alert
 * raised, escalated, acknowledged and resolved (who, note), and the end. Built from what the order's page has already
 * read (an audited read of the order); it shows no position. Stateless.
 */
final class MonitoringOrderTimeline {
    private MonitoringOrderTimeline() {}

    /** A step and where it is listed; see {@link #alert}. */
    private record Keyed(Instant key, TimelineStep step) {}

    static List<TimelineStep> steps(
            MonitoringOrderDefinition order, @Nullable DeviceBinding binding, List<Alert> alerts) {
        List<Keyed> steps = new ArrayList<>();
        List<String> kinds =
                order.rules().stream().map(RuleSpec::type).map(String::valueOf).toList();
        add(
                steps,
                new TimelineStep(
                        order.createdAt(),
                        "created",
                        "timeline.order.created",
                        List.of(order.rules().size(), String.join(", ", kinds)),
                        order.createdBy(),
                        null));
        if (binding != null) {
            add(
                    steps,
                    new TimelineStep(
                            binding.from(), "bound", "timeline.order.bound", List.of(), binding.boundBy(), null));
        }
        alerts.forEach(a -> steps.addAll(alert(a)));
        if (order.endedAt() != null) {
            add(steps, new TimelineStep(order.endedAt(), "ended", "timeline.order.ended", List.of(), null, null));
        }
        // List.sort is stable: an alert's steps keep their order where their keys are equal.
        steps.sort(Comparator.comparing(Keyed::key));
        return steps.stream().map(Keyed::step).toList();
    }

    /**
     * An alert's steps in the order they happen: raised, escalated, acknowledged, resolved. The raise carries the
     * device's time of the triggering fix, which may run a little ahead of the server's clock that stamps the
     * acknowledgement; a later step keeps its own time but is listed no earlier than the step before it.
     */
    private static List<Keyed> alert(Alert a) {
        String type = a.type().name();
        List<TimelineStep> ordered = new ArrayList<>();
        ordered.add(new TimelineStep(
                a.raisedAt(), "alert-raised", "timeline.order.raised", List.of(type, a.ruleId()), null, null));
        if (a.escalatedAt() != null) {
            ordered.add(new TimelineStep(
                    a.escalatedAt(), "alert-escalated", "timeline.order.escalated", List.of(type), null, null));
        }
        if (a.acknowledgedAt() != null) {
            ordered.add(new TimelineStep(
                    a.acknowledgedAt(),
                    "alert-acknowledged",
                    "timeline.order.acknowledged",
                    List.of(type),
                    a.acknowledgedBy(),
                    null));
        }
        if (a.resolvedAt() != null) {
            ordered.add(new TimelineStep(
                    a.resolvedAt(),
                    "alert-resolved",
                    "timeline.order.resolved",
                    List.of(type),
                    a.resolvedBy(),
                    a.resolutionNote()));
        }
        List<Keyed> keyed = new ArrayList<>();
        Instant floor = a.raisedAt();
        for (TimelineStep step : ordered) {
            floor = step.at().isAfter(floor) ? step.at() : floor;
            keyed.add(new Keyed(floor, step));
        }
        return keyed;
    }

    private static void add(List<Keyed> steps, TimelineStep step) {
        steps.add(new Keyed(step.at(), step));
    }
}
