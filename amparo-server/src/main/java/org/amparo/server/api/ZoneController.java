package org.amparo.server.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.monitoring.MonitoringService;
import org.amparo.core.monitoring.ZoneDefinition;
import org.amparo.core.monitoring.ZoneShape;
import org.amparo.server.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Zones: a circle in metres around a point, or a GeoJSON Polygon or MultiPolygon. */
@RestController
@RequestMapping("/api/v1/zones")
public class ZoneController {
    private final MonitoringService monitoring;

    public ZoneController(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    /** A circle: centre in degrees, radius in metres. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record CircleBody(
            @Nullable Double lat,
            @Nullable Double lon,
            @Nullable Double radiusMeters) {}

    /** A new zone: a name and exactly one of circle and geometry. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record ZoneBody(
            @Nullable String name,
            @Nullable CircleBody circle,
            @Nullable JsonNode geometry) {}

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody ZoneBody body, Authentication auth) {
        if (body.name() == null) {
            throw RefusedException.invalid("name", "required");
        }
        ZoneDefinition zone = Outcomes.value(monitoring.createZone(CurrentActor.of(auth), body.name(), shape(body)));
        return ResponseEntity.created(URI.create("/api/v1/zones/" + zone.id())).body(view(zone));
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id, Authentication auth) {
        return view(Outcomes.value(monitoring.zone(CurrentActor.of(auth), MonitoringIds.zone(id, "id"))));
    }

    private static ZoneShape shape(ZoneBody body) {
        CircleBody circle = body.circle();
        JsonNode geometry = body.geometry();
        if ((circle == null) == (geometry == null)) {
            throw RefusedException.invalid("circle", "give exactly one of circle and geometry");
        }
        if (geometry != null) {
            return new ZoneShape.Area(GeoJsonAreas.read(geometry, "geometry"));
        }
        if (circle == null || circle.lat() == null || circle.lon() == null || circle.radiusMeters() == null) {
            throw RefusedException.invalid("circle", "lat, lon and radiusMeters are required");
        }
        try {
            return new ZoneShape.Circle(new GeoPoint(circle.lat(), circle.lon()), circle.radiusMeters());
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("circle", String.valueOf(e.getMessage()));
        }
    }

    static Map<String, Object> view(ZoneDefinition zone) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", zone.id().toString());
        view.put("name", zone.name());
        switch (zone.shape()) {
            case ZoneShape.Circle c ->
                view.put(
                        "circle",
                        Map.of(
                                "lat",
                                c.centre().latitude(),
                                "lon",
                                c.centre().longitude(),
                                "radiusMeters",
                                c.radiusMeters()));
            case ZoneShape.Area a -> view.put("geometry", GeoJsonAreas.write(a.area()));
        }
        view.put("createdBy", zone.createdBy());
        view.put("createdAt", zone.createdAt().toString());
        return view;
    }
}
