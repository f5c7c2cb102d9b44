package org.amparo.core.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.amparo.core.geo.AdminArea;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.GeoPolygon;
import org.amparo.core.ingest.json.JsonLimits;
import org.amparo.core.ingest.json.JsonReader;
import org.amparo.core.ingest.json.JsonResult;
import org.amparo.core.ingest.json.JsonValue;
import org.amparo.core.ingest.json.JsonValue.JsonArray;
import org.amparo.core.ingest.json.JsonValue.JsonNumber;
import org.amparo.core.ingest.json.JsonValue.JsonObject;
import org.amparo.core.ingest.json.JsonValue.JsonString;
import org.jspecify.annotations.Nullable;

/**
 * Reads a geoBoundaries FeatureCollection (Polygon and MultiPolygon features with {@code shapeName}, {@code
 * shapeISO}, {@code shapeID}) into administrative areas, with the core's strict JSON reader. Test code: a
 * malformed file fails the test.
 */
final class ProvinceFile {
    private static final JsonLimits LIMITS = new JsonLimits(8 * 1024 * 1024, 8, 4096, 40, 2_000_000);

    private ProvinceFile() {}

    static List<AdminArea> read(Path file, int level) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonResult result = new JsonReader(LIMITS).read(bytes);
        if (!(result instanceof JsonResult.Parsed(JsonValue value))) {
            throw new IllegalStateException("unreadable GeoJSON " + file + ": " + result);
        }
        List<AdminArea> areas = new ArrayList<>();
        for (JsonValue feature : array(object(value).get("features")).elements()) {
            JsonObject properties = object(object(feature).get("properties"));
            JsonObject geometry = object(object(feature).get("geometry"));
            areas.add(new AdminArea(
                    string(properties.get("shapeID")),
                    string(properties.get("shapeName")),
                    level,
                    string(properties.get("shapeISO")),
                    area(string(geometry.get("type")), array(geometry.get("coordinates")))));
        }
        return areas;
    }

    private static GeoArea area(String type, JsonArray coordinates) {
        List<GeoPolygon> polygons = new ArrayList<>();
        switch (type) {
            case "Polygon" -> polygons.add(polygon(coordinates));
            case "MultiPolygon" -> coordinates.elements().forEach(p -> polygons.add(polygon(array(p))));
            default -> throw new IllegalStateException("not an area geometry: " + type);
        }
        return new GeoArea(polygons);
    }

    private static GeoPolygon polygon(JsonArray rings) {
        List<List<GeoPoint>> result = new ArrayList<>();
        for (JsonValue ring : rings.elements()) {
            List<GeoPoint> points = new ArrayList<>();
            for (JsonValue position : array(ring).elements()) {
                List<JsonValue> lonLat = array(position).elements();
                points.add(new GeoPoint(number(lonLat.get(1)), number(lonLat.get(0))));
            }
            result.add(points);
        }
        return new GeoPolygon(result);
    }

    private static JsonObject object(@Nullable JsonValue value) {
        return (JsonObject) Objects.requireNonNull(value, "missing member");
    }

    private static JsonArray array(@Nullable JsonValue value) {
        return (JsonArray) Objects.requireNonNull(value, "missing member");
    }

    private static String string(@Nullable JsonValue value) {
        return ((JsonString) Objects.requireNonNull(value, "missing member")).value();
    }

    private static double number(JsonValue value) {
        return ((JsonNumber) value).toDouble();
    }
}
