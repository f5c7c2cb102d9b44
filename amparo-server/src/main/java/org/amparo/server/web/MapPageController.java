package org.amparo.server.web;

import java.util.List;
import java.util.Set;
import org.amparo.core.alert.Alert;
import org.amparo.core.alert.AlertQuery;
import org.amparo.core.alert.AlertService;
import org.amparo.core.camera.Camera;
import org.amparo.core.camera.CameraService;
import org.amparo.core.dispatch.UnitStatus;
import org.amparo.core.engine.Transactions;
import org.amparo.core.face.FaceMatch;
import org.amparo.core.face.FaceMatchQuery;
import org.amparo.core.face.FaceMatchService;
import org.amparo.core.face.FaceMatchStatus;
import org.amparo.core.geo.AdminArea;
import org.amparo.core.geo.AdminAreaStore;
import org.amparo.core.geo.GeoPoint;
import org.amparo.server.api.GeoJsonAreas;
import org.amparo.server.api.Outcomes;
import org.amparo.server.camera.CameraPullers;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.map.MapLayer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The command centre's live map: the agency's tiles or the offline basemap, and the layers each role may see
 * ({@link MapLayer}): provinces with incidents per province, cameras with their health, units by status, open
 * incidents by priority, open alerts at their subjects' triggering fixes and face matches awaiting confirmation at
 * their cameras, and one justified watch of a monitored subject at a time. This controller serves the page, the
 * provinces, the alerts and the cameras; {@code org.amparo.server.map} the rest and the live stream. No track and
 * no protected person's position is ever served here.
 */
@Controller
public class MapPageController {
    /** Camera health on the map: a puller's state, PUSHED (frames posted, nothing pulled) or DISABLED. */
    static final List<String> CAMERA_STATES = List.of("RUNNING", "RECONNECTING", "STOPPED", "PUSHED", "DISABLED");

    /** Most face matches awaiting confirmation shown. */
    static final int MAX_FACE_MATCHES = 200;

    private final AdminAreaStore areas;
    private final Transactions tx;
    private final AlertService alertService;
    private final CameraService cameraService;
    private final FaceMatchService faceMatches;
    private final ObjectProvider<CameraPullers> pullers;
    private final String tileUrl;

    /** The services whose layers the page shows. */
    public record Layers(
            AlertService alerts,
            CameraService cameras,
            FaceMatchService faceMatches,
            ObjectProvider<CameraPullers> pullers) {}

    public MapPageController(AdminAreaStore areas, Transactions tx, Layers layers, Settings settings) {
        this.areas = areas;
        this.tx = tx;
        this.alertService = layers.alerts();
        this.cameraService = layers.cameras();
        this.faceMatches = layers.faceMatches();
        this.pullers = layers.pullers();
        this.tileUrl = settings.get(AmparoConfig.MAP_TILE_URL);
    }

    @GetMapping("/map")
    String map(Model model, org.springframework.security.core.Authentication auth) {
        model.addAttribute("tileUrl", tileUrl);
        Set<MapLayer> layers = MapLayer.allowed(PageChrome.actor(auth).roles());
        for (MapLayer layer : MapLayer.values()) {
            model.addAttribute(layer.wireName() + "Layer", layers.contains(layer));
        }
        model.addAttribute(
                "incidentLinks", PageChrome.allows(PageChrome.actor(auth).roles(), "/incidents/x"));
        model.addAttribute("unitStatuses", UnitStatus.values());
        model.addAttribute("cameraStates", CAMERA_STATES);
        return "map";
    }

    /** The provinces (level 1) as a GeoJSON FeatureCollection with properties id, name and isoCode. */
    @GetMapping(path = "/map/areas.json", produces = "application/geo+json")
    @ResponseBody
    ObjectNode areas() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode features = f.arrayNode();
        for (AdminArea area : tx.inTransaction(() -> areas.level(1))) {
            ObjectNode properties =
                    f.objectNode().put("id", area.id()).put("name", area.name()).put("isoCode", area.isoCode());
            ObjectNode feature = f.objectNode().put("type", "Feature");
            feature.set("properties", properties);
            feature.set("geometry", GeoJsonAreas.write(area.area()));
            features.add(feature);
        }
        return collection(features);
    }

    /**
     * The open alerts that carry a position (the subject's triggering fix, never a protected
     * person's) as GeoJSON Points with properties id, type, status, orderId and raisedAt; for those
     * who handle alerts, and audited by the alert service's list.
     */
    @GetMapping(path = "/map/alerts.json", produces = "application/geo+json")
    @ResponseBody
    ObjectNode alerts(org.springframework.security.core.Authentication auth) {
        ArrayNode features = JsonNodeFactory.instance.arrayNode();
        List<Alert> open = Outcomes.value(alertService.list(
                PageChrome.actor(auth), new AlertQuery(null, null, AlertQuery.OPEN, AlertQuery.MAX_LIMIT)));
        for (Alert alert : open) {
            GeoPoint at = alert.position();
            if (at == null) {
                continue;
            }
            point(features, at)
                    .put("id", alert.id().toString())
                    .put("type", alert.type().name())
                    .put("status", alert.status().name())
                    .put("orderId", alert.orderId().toString())
                    .put("kind", "alert")
                    .put("raisedAt", alert.raisedAt().toString());
        }
        FaceMatchQuery pending = new FaceMatchQuery(FaceMatchStatus.PENDING_CONFIRMATION, null, MAX_FACE_MATCHES);
        for (FaceMatch match : Outcomes.value(faceMatches.list(PageChrome.actor(auth), pending))) {
            point(features, match.sighting().position())
                    .put("id", match.id().toString())
                    .put("kind", "face")
                    .put("type", "FACE_MATCH")
                    .put("status", match.status().name())
                    .put("cameraId", match.sighting().cameraId().toString())
                    .put("raisedAt", match.raisedAt().toString());
        }
        return collection(features);
    }

    /**
     * The registered cameras as GeoJSON Points with properties id, name, province and enabled; for
     * those who may list cameras, through the audited camera list. No source URL (it may hold
     * credentials) and no picture.
     */
    @GetMapping(path = "/map/cameras.json", produces = "application/geo+json")
    @ResponseBody
    ObjectNode cameras(org.springframework.security.core.Authentication auth) {
        ArrayNode features = JsonNodeFactory.instance.arrayNode();
        for (Camera camera : Outcomes.value(cameraService.list(PageChrome.actor(auth)))) {
            point(features, camera.position())
                    .put("id", camera.id().toString())
                    .put("name", camera.name())
                    .put("province", camera.province())
                    .put("enabled", camera.enabled())
                    .put("health", health(camera));
        }
        return collection(features);
    }

    private String health(Camera camera) {
        if (!camera.enabled()) {
            return "DISABLED";
        }
        CameraPullers available = pullers.getIfAvailable();
        return available == null
                ? "PUSHED"
                : available.health(camera.id()).map(h -> h.state().name()).orElse("PUSHED");
    }

    /**
     * Adds a Feature with a Point geometry at {@code at} to {@code features}; answers its
     * properties object for the caller to fill.
     */
    private static ObjectNode point(ArrayNode features, GeoPoint at) {
        ObjectNode feature = features.addObject().put("type", "Feature");
        ObjectNode properties = feature.putObject("properties");
        feature.putObject("geometry")
                .put("type", "Point")
                .putArray("coordinates")
                .add(at.longitude())
                .add(at.latitude());
        return properties;
    }

    private static ObjectNode collection(ArrayNode features) {
        ObjectNode collection = JsonNodeFactory.instance.objectNode().put("type", "FeatureCollection");
        collection.set("features", features);
        return collection;
    }
}
