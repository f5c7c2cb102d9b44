package org.amparo.core.geo;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * An area made of one or more polygons (a GeoJSON Polygon or MultiPolygon), answering
 * point-in-area questions. Points on the boundary count as inside. Immutable and thread-safe.
 */
public final class GeoArea {
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private final List<GeoPolygon> polygons;
    private final PreparedGeometry prepared;

    public GeoArea(List<GeoPolygon> polygons) {
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("an area needs at least one polygon");
        }
        this.polygons = List.copyOf(polygons);
        Polygon[] parts = this.polygons.stream().map(GeoArea::toJts).toArray(Polygon[]::new);
        Geometry geometry = parts.length == 1 ? parts[0] : FACTORY.createMultiPolygon(parts);
        if (!geometry.isValid()) {
            geometry = geometry.buffer(0);
        }
        this.prepared = PreparedGeometryFactory.prepare(geometry);
    }

    public static GeoArea of(GeoPolygon polygon) {
        return new GeoArea(List.of(polygon));
    }

    public List<GeoPolygon> polygons() {
        return polygons;
    }

    /** Whether the point lies inside the area or on its boundary. */
    public boolean contains(GeoPoint point) {
        return prepared.covers(FACTORY.createPoint(new Coordinate(point.longitude(), point.latitude())));
    }

    private static Polygon toJts(GeoPolygon polygon) {
        List<LinearRing> rings = polygon.rings().stream()
                .map(ring -> FACTORY.createLinearRing(ring.stream()
                        .map(p -> new Coordinate(p.longitude(), p.latitude()))
                        .toArray(Coordinate[]::new)))
                .toList();
        return FACTORY.createPolygon(
                rings.getFirst(), rings.subList(1, rings.size()).toArray(LinearRing[]::new));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeoArea area && area.polygons.equals(polygons);
    }

    @Override
    public int hashCode() {
        return polygons.hashCode();
    }

    @Override
    public String toString() {
        return "GeoArea[" + polygons.size() + " polygon(s)]";
    }
}
