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
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/**
 * An area made of one or more polygons (a GeoJSON Polygon or MultiPolygon), answering
 * point-in-area questions. Points on the boundary count as inside. Immutable and thread-safe.
 */
public final class GeoArea {
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private final List<GeoPolygon> polygons;
    private final PreparedGeometry prepared;
    private final Geometry geometry;

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
        this.geometry = geometry;
        this.prepared = PreparedGeometryFactory.prepare(geometry);
    }

    /** The area as Well-Known Text (longitude before latitude), the form the stores keep. */
    public String toWkt() {
        Polygon[] parts = polygons.stream().map(GeoArea::toJts).toArray(Polygon[]::new);
        Geometry raw = parts.length == 1 ? parts[0] : FACTORY.createMultiPolygon(parts);
        return new WKTWriter().write(raw);
    }

    /** Reads a POLYGON or MULTIPOLYGON in Well-Known Text; anything else is refused. */
    public static GeoArea parseWkt(String wkt) {
        Geometry read;
        try {
            read = new WKTReader(FACTORY).read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a valid WKT polygon: " + e.getMessage(), e);
        }
        List<GeoPolygon> parts = new java.util.ArrayList<>();
        for (int i = 0; i < read.getNumGeometries(); i++) {
            if (!(read.getGeometryN(i) instanceof Polygon polygon)) {
                throw new IllegalArgumentException("only polygons and multipolygons are areas");
            }
            parts.add(fromJts(polygon));
        }
        return new GeoArea(parts);
    }

    /** Area in square metres, approximated on a sphere; for display and sanity checks. */
    public double approximateAreaSquareMeters() {
        double meanLat = Math.toRadians(geometry.getCentroid().getY());
        double metersPerDegree = 111_319.49;
        return geometry.getArea() * metersPerDegree * metersPerDegree * Math.cos(meanLat);
    }

    private static GeoPolygon fromJts(Polygon polygon) {
        List<List<GeoPoint>> rings = new java.util.ArrayList<>();
        rings.add(ring(polygon.getExteriorRing().getCoordinates()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(ring(polygon.getInteriorRingN(i).getCoordinates()));
        }
        return new GeoPolygon(rings);
    }

    private static List<GeoPoint> ring(Coordinate[] coordinates) {
        return java.util.Arrays.stream(coordinates)
                .map(c -> new GeoPoint(c.y, c.x))
                .toList();
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
