package org.amparo.server.api;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.engine.Transactions;
import org.amparo.core.geo.AdminArea;
import org.amparo.core.geo.AdminAreaStore;
import org.amparo.server.dispatch.AreasImported;
import org.amparo.server.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Administrative areas (provinces, cantons): import from a GeoJSON FeatureCollection, list. */
@RestController
public class AreaController {
    private final AdminAreaStore areas;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public AreaController(
            AdminAreaStore areas, AuditLog audit, Transactions tx, Clock clock, ApplicationEventPublisher events) {
        this.areas = areas;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.events = events;
    }

    /** A summary of one area, without its boundary. */
    public record AreaSummary(
            String id, String name, int level, @Nullable String isoCode) {}

    @GetMapping("/api/v1/areas")
    List<AreaSummary> list(@RequestParam(name = "level", defaultValue = "1") int level) {
        return tx.inTransaction(() -> areas.level(level)).stream()
                .map(a -> new AreaSummary(a.id(), a.name(), a.level(), a.isoCode()))
                .toList();
    }

    /**
     * Imports every feature; the id comes from {@code shapeID} or {@code id}, the name from
     * {@code shapeName} or {@code name}, the code from {@code shapeISO} or {@code iso}. All or nothing.
     */
    @PostMapping("/api/v1/areas/import")
    Map<String, Object> importAreas(
            @RequestBody JsonNode collection,
            @RequestParam(name = "level", defaultValue = "1") int level,
            Authentication auth) {
        if (!"FeatureCollection".equals(collection.path("type").asString(""))
                || !collection.path("features").isArray()) {
            throw RefusedException.invalid("type", "a GeoJSON FeatureCollection is required");
        }
        if (level < 1 || level > 4) {
            throw RefusedException.invalid("level", "1..4");
        }
        List<AdminArea> parsed = new ArrayList<>();
        int i = 0;
        for (JsonNode feature : collection.path("features")) {
            parsed.add(toArea(feature, level, "features[" + i++ + "]"));
        }
        tx.inTransaction(() -> {
            parsed.forEach(areas::upsert);
            audit.append(AuditRecord.by(CurrentActor.of(auth), clock.instant())
                    .detail("imported=" + parsed.size() + " level=" + level)
                    .success(AuditAction.CREATE, AuditObjectType.ADMIN_AREA, "-"));
            return parsed.size();
        });
        events.publishEvent(new AreasImported(level, parsed.size()));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("imported", parsed.size());
        result.put(
                "areas",
                parsed.stream()
                        .map(a -> new AreaSummary(a.id(), a.name(), a.level(), a.isoCode()))
                        .toList());
        return result;
    }

    private static AdminArea toArea(JsonNode feature, int level, String field) {
        JsonNode props = feature.path("properties");
        String id = text(props, "shapeID", "id");
        String name = text(props, "shapeName", "name");
        if (id == null || name == null) {
            throw RefusedException.invalid(field + ".properties", "needs shapeID/id and shapeName/name");
        }
        String iso = text(props, "shapeISO", "iso");
        return new AdminArea(id, name, level, iso, GeoJsonAreas.read(feature, field + ".geometry"));
    }

    private static @Nullable String text(JsonNode props, String first, String second) {
        JsonNode node = props.has(first) ? props.get(first) : props.get(second);
        if (node == null || node.isNull()) {
            return null;
        }
        String value = node.asString("").strip();
        return value.isEmpty() ? null : value;
    }
}
