package org.amparo.server.api;

import java.util.ArrayList;
import java.util.List;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.GeoPolygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes areas as GeoJSON (RFC 7946): Polygon, MultiPolygon, or a Feature carrying one.
 * Positions are [longitude, latitude]. Bad input raises {@link RefusedException} naming the field.
 */
public final class GeoJsonAreas {
    /** Most vertices accepted in one area; boundary files of provinces stay well below. */
    public static final int MAX_VERTICES = 200_000;

    private GeoJsonAreas() {}

    public static GeoArea read(JsonNode node, String field) {
        JsonNode geometry = "Feature".equals(node.path("type").asString("")) ? node.path("geometry") : node;
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        if (!coordinates.isArray()) {
            throw RefusedException.invalid(field, "a GeoJSON Polygon or MultiPolygon with coordinates is required");
        }
        int[] vertices = {0};
        try {
            return switch (type) {
                case "Polygon" -> GeoArea.of(polygon(coordinates, field, vertices));
                case "MultiPolygon" -> {
                    List<GeoPolygon> parts = new ArrayList<>();
                    for (JsonNode part : coordinates) {
                        parts.add(polygon(part, field, vertices));
                    }
                    yield new GeoArea(parts);
                }
                default ->
                    throw RefusedException.invalid(field, "only Polygon and MultiPolygon areas, got '" + type + "'");
            };
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid(field, e.getMessage() == null ? "invalid polygon" : e.getMessage());
        }
    }

    private static GeoPolygon polygon(JsonNode rings, String field, int[] vertices) {
        List<List<GeoPoint>> out = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<GeoPoint> points = new ArrayList<>();
            for (JsonNode position : ring) {
                if (++vertices[0] > MAX_VERTICES) {
                    throw RefusedException.invalid(field, "more than " + MAX_VERTICES + " vertices");
                }
                if (!position.isArray()
                        || position.size() < 2
                        || !position.get(0).isNumber()
                        || !position.get(1).isNumber()) {
                    throw RefusedException.invalid(field, "a position is [longitude, latitude]");
                }
                points.add(new GeoPoint(
                        position.get(1).doubleValue(), position.get(0).doubleValue()));
            }
            out.add(points);
        }
        return new GeoPolygon(out);
    }

    /** The area as a GeoJSON geometry. */
    public static ObjectNode write(GeoArea area) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode geometry = f.objectNode();
        boolean single = area.polygons().size() == 1;
        geometry.put("type", single ? "Polygon" : "MultiPolygon");
        ArrayNode coordinates = f.arrayNode();
        for (GeoPolygon polygon : area.polygons()) {
            ArrayNode rings = f.arrayNode();
            for (List<GeoPoint> ring : polygon.rings()) {
                ArrayNode positions = f.arrayNode();
                for (GeoPoint p : ring) {
                    positions.add(f.arrayNode().add(p.longitude()).add(p.latitude()));
                }
                rings.add(positions);
            }
            if (single) {
                coordinates = rings;
            } else {
                coordinates.add(rings);
            }
        }
        geometry.set("coordinates", coordinates);
        return geometry;
    }
}
