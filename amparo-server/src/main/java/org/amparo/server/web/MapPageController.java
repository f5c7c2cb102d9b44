package org.amparo.server.web;

import java.time.Clock;
import java.util.List;
import org.amparo.core.alert.Alert;
import org.amparo.core.alert.AlertQuery;
import org.amparo.core.alert.AlertService;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.camera.Camera;
import org.amparo.core.camera.CameraService;
import org.amparo.core.device.Device;
import org.amparo.core.device.DeviceKind;
import org.amparo.core.device.DeviceStore;
import org.amparo.core.engine.Transactions;
import org.amparo.core.geo.AdminArea;
import org.amparo.core.geo.AdminAreaStore;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.location.LocationFixStore;
import org.amparo.server.api.GeoJsonAreas;
import org.amparo.server.api.Outcomes;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The operations map: the agency's tiles or the offline basemap, the imported provinces, the agency
 * units' last positions, the open alerts where their subjects' triggering fixes were (for those who
 * handle alerts), and a live panel of events. Administrative boundaries are public data; units are
 * the agency's own vehicles and teams (issue #3: they need no authorization). No track and no
 * protected person's position is ever served here.
 */
@Controller
public class MapPageController {
    /** Most devices looked through for units. */
    static final int MAX_DEVICES = 1000;

    private final AdminAreaStore areas;
    private final DeviceStore devices;
    private final LocationFixStore fixes;
    private final Transactions tx;
    private final AuditLog audit;
    private final Clock clock;
    private final AlertService alertService;
    private final CameraService cameraService;
    private final String tileUrl;

    public MapPageController(
            AdminAreaStore areas,
            DeviceStore devices,
            LocationFixStore fixes,
            Transactions tx,
            AuditLog audit,
            Clock clock,
            AlertService alertService,
            CameraService cameraService,
            Settings settings) {
        this.alertService = alertService;
        this.cameraService = cameraService;
        this.areas = areas;
        this.devices = devices;
        this.fixes = fixes;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
        this.tileUrl = settings.get(AmparoConfig.MAP_TILE_URL);
    }

    @GetMapping("/map")
    String map(Model model, org.springframework.security.core.Authentication auth) {
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute(
                "alertsLayer", PageChrome.allows(PageChrome.actor(auth).roles(), "/map/alerts.json"));
        model.addAttribute(
                "camerasLayer", PageChrome.allows(PageChrome.actor(auth).roles(), "/map/cameras.json"));
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
     * The last position of every enabled agency unit as a GeoJSON FeatureCollection of Points with
     * properties id, label and at. Devices of people (phones, trackers) are never included.
     */
    @GetMapping(path = "/map/units.json", produces = "application/geo+json")
    @ResponseBody
    ObjectNode units(org.springframework.security.core.Authentication auth) {
        ArrayNode features = JsonNodeFactory.instance.arrayNode();
        tx.inTransaction(() -> {
            for (Device unit : devices.all(MAX_DEVICES)) {
                if (unit.kind() != DeviceKind.AGENCY_UNIT || !unit.enabled()) {
                    continue;
                }
                fixes.latest(unit.id()).ifPresent(fix -> point(features, fix.position())
                        .put("id", unit.id().toString())
                        .put("label", unit.label())
                        .put("at", fix.at().toString()));
            }
            // Crews are data subjects too (category OFFICER): who looked at where units are is audited.
            audit.append(AuditRecord.by(PageChrome.actor(auth), clock.instant())
                    .detail("agency units' last positions, units=" + features.size())
                    .success(AuditAction.READ, AuditObjectType.DEVICE, "-"));
            return features;
        });
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
                    .put("raisedAt", alert.raisedAt().toString());
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
                    .put("enabled", camera.enabled());
        }
        return collection(features);
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
