package org.amparo.server.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.alert.Alert;
import org.amparo.core.alert.AlertService;
import org.amparo.core.engine.Outcome;
import org.amparo.core.geo.track.RuleStatus;
import org.amparo.core.monitoring.MonitoringOrderDefinition;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.amparo.core.monitoring.MonitoringService;
import org.amparo.core.monitoring.RuleSpec;
import org.amparo.core.monitoring.ScheduleText;
import org.amparo.core.monitoring.ZoneDefId;
import org.amparo.core.monitoring.ZoneDefinition;
import org.amparo.core.monitoring.ZoneShape;
import org.amparo.server.api.GeoJsonAreas;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.monitoring.GeofenceRuntime;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One monitoring order: its rules with their state now, its zones on a small map, and its alert
 * history. Reading it is audited by {@link MonitoringService#order}, as the API's read is. The page
 * shows no position of anyone: the subject's track needs a justified read of its own, and a
 * keep-apart rule names the protected person's device only by id.
 */
@Controller
public class MonitoringOrderPageController {
    /** Most alerts in the history. */
    static final int MAX_ALERTS = 50;

    private final MonitoringService monitoring;
    private final GeofenceRuntime runtime;
    private final AlertService alerts;
    private final Clock clock;
    private final String tileUrl;

    public MonitoringOrderPageController(
            MonitoringService monitoring,
            GeofenceRuntime runtime,
            AlertService alerts,
            Clock clock,
            Settings settings) {
        this.monitoring = monitoring;
        this.runtime = runtime;
        this.alerts = alerts;
        this.clock = clock;
        this.tileUrl = settings.get(AmparoConfig.MAP_TILE_URL);
    }

    /** One rule as the page lists it: the spec, its zones by name, and its state (null: not monitored here). */
    public record RuleRow(
            RuleSpec spec, List<String> zoneNames, @Nullable RuleStatus state) {
        public boolean inBreach() {
            return state != null && state.inBreach();
        }

        public @Nullable String schedule() {
            return spec.schedule() == null ? null : ScheduleText.format(spec.schedule());
        }
    }

    @GetMapping("/monitoring-orders/{id}")
    ModelAndView order(@PathVariable String id, Authentication auth) {
        Actor actor = PageChrome.actor(auth);
        Optional<MonitoringOrderId> parsed = parse(id);
        if (parsed.isEmpty()) {
            return refused(new Outcome.NotFound<>("monitoring order " + id));
        }
        Outcome<MonitoringOrderDefinition> read = monitoring.order(actor, parsed.get());
        if (!(read instanceof Outcome.Done<MonitoringOrderDefinition>(MonitoringOrderDefinition order))) {
            return refused(read);
        }
        Map<ZoneDefId, ZoneDefinition> zones = new LinkedHashMap<>();
        for (ZoneDefId zoneId : order.zoneIds()) {
            if (monitoring.zone(actor, zoneId) instanceof Outcome.Done<ZoneDefinition>(ZoneDefinition zone)) {
                zones.put(zoneId, zone);
            }
        }
        List<RuleStatus> states = runtime.status(order.id());
        List<RuleRow> rules = new ArrayList<>();
        for (RuleSpec rule : order.rules()) {
            List<String> names = rule.zoneIds().stream()
                    .map(z -> Optional.ofNullable(zones.get(z))
                            .map(ZoneDefinition::name)
                            .orElse(z.toString()))
                    .toList();
            RuleStatus state = states.stream()
                    .filter(s -> s.ruleId().equals(rule.id()))
                    .findFirst()
                    .orElse(null);
            rules.add(new RuleRow(rule, names, state));
        }
        List<Alert> history = alerts.forOrder(order.id(), MAX_ALERTS);
        ModelAndView page = new ModelAndView("monitoring-order");
        page.addObject("order", order);
        page.addObject("rules", rules);
        page.addObject("monitored", !states.isEmpty());
        page.addObject("tileUrl", tileUrl);
        page.addObject("zonesJson", zonesJson(zones.values()));
        page.addObject(
                "alerts",
                history.stream()
                        .map(a ->
                                new AlertPageController.Row(a, AlertPageController.age(a.raisedAt(), clock.instant())))
                        .toList());
        page.addObject("alertLimit", MAX_ALERTS);
        return page;
    }

    /** The zones as a GeoJSON FeatureCollection; a circle is a Point with {@code radiusMeters}. */
    static String zonesJson(Iterable<ZoneDefinition> zones) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode features = f.arrayNode();
        for (ZoneDefinition zone : zones) {
            ObjectNode properties =
                    f.objectNode().put("id", zone.id().toString()).put("name", zone.name());
            ObjectNode feature = f.objectNode().put("type", "Feature");
            switch (zone.shape()) {
                case ZoneShape.Circle c -> {
                    properties.put("radiusMeters", c.radiusMeters());
                    ObjectNode point = f.objectNode().put("type", "Point");
                    point.set(
                            "coordinates",
                            f.arrayNode()
                                    .add(c.centre().longitude())
                                    .add(c.centre().latitude()));
                    feature.set("geometry", point);
                }
                case ZoneShape.Area a -> feature.set("geometry", GeoJsonAreas.write(a.area()));
            }
            feature.set("properties", properties);
            features.add(feature);
        }
        ObjectNode collection = f.objectNode().put("type", "FeatureCollection");
        collection.set("features", features);
        return collection.toString();
    }

    private static ModelAndView refused(Outcome<?> outcome) {
        Refusal refusal = Refusal.of(outcome);
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", refusal.status().value());
        page.addObject("detail", String.join("; ", refusal.messages()));
        page.setStatus(refusal.status());
        return page;
    }

    private static Optional<MonitoringOrderId> parse(String id) {
        try {
            return Optional.of(MonitoringOrderId.parse(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
