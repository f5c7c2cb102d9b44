package org.amparo.server.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.alert.Alert;
import org.amparo.core.alert.AlertService;
import org.amparo.core.device.DeviceBinding;
import org.amparo.core.device.DeviceStore;
import org.amparo.core.engine.Outcome;
import org.amparo.core.engine.Transactions;
import org.amparo.core.geo.track.RuleStatus;
import org.amparo.core.location.StoredFix;
import org.amparo.core.monitoring.MonitoringOrderDefinition;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.amparo.core.monitoring.MonitoringService;
import org.amparo.core.monitoring.RuleSpec;
import org.amparo.core.monitoring.ScheduleText;
import org.amparo.core.monitoring.ZoneDefId;
import org.amparo.core.monitoring.ZoneDefinition;
import org.amparo.core.monitoring.ZoneShape;
import org.amparo.server.api.GeoJsonAreas;
import org.amparo.server.api.RefusedException;
import org.amparo.server.api.SubjectTracks;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.monitoring.GeofenceRuntime;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

    /** Longest track the page shows, in hours back from now. */
    static final int MAX_TRACK_HOURS = 720;

    /** How far past now the track reaches, for device clocks slightly ahead. */
    static final Duration CLOCK_AHEAD = Duration.ofMinutes(5);

    private final MonitoringService monitoring;
    private final GeofenceRuntime runtime;
    private final AlertService alerts;
    private final Clock clock;
    private final SubjectTracks tracks;
    private final DeviceStore devices;
    private final Transactions tx;
    private final String tileUrl;

    public MonitoringOrderPageController(
            MonitoringService monitoring,
            GeofenceRuntime runtime,
            AlertService alerts,
            Clock clock,
            SubjectTracks tracks,
            DeviceStore devices,
            Transactions tx,
            Settings settings) {
        this.devices = devices;
        this.tx = tx;
        this.monitoring = monitoring;
        this.tracks = tracks;
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
        return page(PageChrome.actor(auth), id).view();
    }

    /**
     * The same page with the subject's track of the last {@code hours} drawn on its map: a justified
     * read, audited with its justification; a refused read shows the page with the reason.
     */
    @PostMapping("/monitoring-orders/{id}/track")
    ModelAndView track(
            @PathVariable String id,
            @RequestParam(name = "justification", required = false) @Nullable String justification,
            @RequestParam(name = "hours", defaultValue = "24") int hours,
            Authentication auth) {
        Actor actor = PageChrome.actor(auth);
        Page page = page(actor, id);
        if (page.order() == null) {
            return page.view();
        }
        Instant now = clock.instant();
        try {
            if (hours < 1 || hours > MAX_TRACK_HOURS) {
                throw RefusedException.invalid("hours", "1.." + MAX_TRACK_HOURS);
            }
            // Up to a little past now: device clocks run slightly ahead (the quality filter allows it).
            List<StoredFix> fixes = tracks.read(
                    actor,
                    page.order().subjectId(),
                    now.minus(Duration.ofHours(hours)),
                    now.plus(CLOCK_AHEAD),
                    justification);
            page.view().addObject("trackJson", trackJson(fixes));
            page.view().addObject("trackFixes", fixes.size());
        } catch (RefusedException e) {
            page.view().addObject("trackRefused", e.getMessage());
            page.view().setStatus(e.status());
        }
        page.view().addObject("trackHours", hours);
        return page.view();
    }

    /** A page and the order it shows (null when refused). */
    private record Page(ModelAndView view, @Nullable MonitoringOrderDefinition order) {}

    private Page page(Actor actor, String id) {
        Optional<MonitoringOrderId> parsed = parse(id);
        if (parsed.isEmpty()) {
            return new Page(refused(new Outcome.NotFound<>("monitoring order " + id)), null);
        }
        Outcome<MonitoringOrderDefinition> read = monitoring.order(actor, parsed.get());
        if (!(read instanceof Outcome.Done<MonitoringOrderDefinition>(MonitoringOrderDefinition order))) {
            return new Page(refused(read), null);
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
        // The binding the order was created on: when the device was bound, and by whom.
        DeviceBinding binding = tx.inTransaction(
                () -> devices.bindingAt(order.deviceId(), order.createdAt()).orElse(null));
        page.addObject("timeline", MonitoringOrderTimeline.steps(order, binding, history));
        return new Page(page, order);
    }

    /**
     * The track as GeoJSON: one LineString of the fixes in time order and a Point at the last fix
     * with its time; empty when there are no fixes.
     */
    static String trackJson(List<StoredFix> fixes) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode features = f.arrayNode();
        if (!fixes.isEmpty()) {
            ArrayNode line = f.arrayNode();
            fixes.forEach(fix -> line.add(f.arrayNode()
                    .add(fix.position().longitude())
                    .add(fix.position().latitude())));
            ObjectNode path = features.addObject().put("type", "Feature");
            path.putObject("properties").put("kind", "track");
            path.putObject("geometry").put("type", "LineString").set("coordinates", line);
            StoredFix last = fixes.getLast();
            ObjectNode point = features.addObject().put("type", "Feature");
            point.putObject("properties")
                    .put("kind", "last")
                    .put("at", last.at().toString());
            point.putObject("geometry").put("type", "Point").set("coordinates", line.get(line.size() - 1));
        }
        ObjectNode collection = f.objectNode().put("type", "FeatureCollection");
        collection.set("features", features);
        return collection.toString();
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
