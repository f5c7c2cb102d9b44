package org.amparo.core.ingest.emergency.pidf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.emergency.CallerLocation;
import org.amparo.core.ingest.emergency.InvalidReason;
import org.amparo.core.ingest.emergency.LocationFlag;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Reads the RFC 5491 shapes: {@code gml:Point}, {@code gs:Circle}, {@code gs:Sphere}, {@code gs:Ellipse} (radius
 * = semi-major axis, a circle that contains the ellipse) and {@code gml:Polygon} (centre = mean of the vertices,
 * radius = farthest vertex). Coordinates are in EPSG:4326 (lat lon) or EPSG:4979 (lat lon alt); lengths in metres
 * (EPSG:9001). Other shapes, CRSs and units are refused. Stateless.
 */
final class Shapes {
    private static final Set<String> CRS_2D = Set.of("urn:ogc:def:crs:EPSG::4326", "EPSG:4326");
    private static final Set<String> CRS_3D = Set.of("urn:ogc:def:crs:EPSG::4979", "EPSG:4979");
    private static final String METRE = "urn:ogc:def:uom:EPSG::9001";
    private static final int MAX_VERTICES = 100;
    private static final double EARTH_RADIUS_METERS = 6_371_008.8;
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]{1,3})?");

    private Shapes() {}

    /** True when {@code e} is a geometry element of GML or the PIDF-LO shapes namespace. */
    static boolean isShape(Element e) {
        return Ns.GML.equals(e.getNamespaceURI()) || Ns.SHAPES.equals(e.getNamespaceURI());
    }

    static Shape read(Element e, Set<LocationFlag> flags) throws XmlRejection {
        boolean threeD = crs(e, flags);
        String name = String.valueOf(e.getLocalName());
        return switch (name) {
            case "Point" -> new Shape(pos(e, threeD)[0], null, altitude(e, threeD));
            case "Circle", "Sphere" -> new Shape(pos(e, threeD)[0], length(e, "radius"), altitude(e, threeD));
            case "Ellipse" -> new Shape(pos(e, threeD)[0], length(e, "semiMajorAxis"), null);
            case "Polygon" -> polygon(e, threeD);
            default -> throw new XmlRejection(InvalidReason.UNSUPPORTED_CONTENT, "shape " + safe(name));
        };
    }

    private static boolean crs(Element e, Set<LocationFlag> flags) throws XmlRejection {
        String srs = e.getAttribute("srsName");
        if (srs.isEmpty()) {
            flags.add(LocationFlag.CRS_ASSUMED);
            return false;
        }
        if (CRS_2D.contains(srs)) {
            return false;
        }
        if (CRS_3D.contains(srs)) {
            return true;
        }
        throw new XmlRejection(InvalidReason.UNSUPPORTED_CONTENT, "srsName not EPSG 4326 or 4979");
    }

    private static GeoPoint[] pos(Element shape, boolean threeD) throws XmlRejection {
        Element pos = SecureXml.child(shape, Ns.GML, "pos");
        if (pos == null) {
            throw new XmlRejection(InvalidReason.MALFORMED, "shape without gml:pos");
        }
        return points(SecureXml.text(pos), threeD ? 3 : 2, 1);
    }

    private static @Nullable Double altitude(Element shape, boolean threeD) throws XmlRejection {
        Element pos = SecureXml.child(shape, Ns.GML, "pos");
        if (!threeD || pos == null) {
            return null;
        }
        String[] numbers = SecureXml.text(pos).split("\\s+");
        return numbers.length == 3 ? number(numbers[2]) : null;
    }

    /** Parses {@code dimension}-tuples of numbers; latitude first. */
    private static GeoPoint[] points(String text, int dimension, int min) throws XmlRejection {
        String[] numbers = text.isEmpty() ? new String[0] : text.split("\\s+");
        if (numbers.length % dimension != 0
                || numbers.length / dimension < min
                || numbers.length / dimension > MAX_VERTICES) {
            throw new XmlRejection(InvalidReason.MALFORMED, "coordinates are not " + dimension + "-tuples");
        }
        GeoPoint[] points = new GeoPoint[numbers.length / dimension];
        for (int i = 0; i < points.length; i++) {
            double latitude = number(numbers[i * dimension]);
            double longitude = number(numbers[i * dimension + 1]);
            if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) {
                throw new XmlRejection(InvalidReason.OUT_OF_RANGE, "coordinates out of range");
            }
            points[i] = new GeoPoint(latitude, longitude);
        }
        return points;
    }

    private static @Nullable Double length(Element shape, String local) throws XmlRejection {
        Element e = SecureXml.child(shape, Ns.SHAPES, local);
        if (e == null) {
            throw new XmlRejection(InvalidReason.MALFORMED, "shape without gs:" + local);
        }
        String uom = e.getAttribute("uom");
        if (!uom.isEmpty() && !uom.equals(METRE)) {
            throw new XmlRejection(InvalidReason.UNSUPPORTED_CONTENT, local + " not in metres (EPSG::9001)");
        }
        double meters = number(SecureXml.text(e));
        if (!(meters >= 0 && meters <= CallerLocation.MAX_RADIUS_METERS)) {
            throw new XmlRejection(InvalidReason.OUT_OF_RANGE, local + " out of range");
        }
        return meters == 0 ? null : meters;
    }

    private static Shape polygon(Element polygon, boolean threeD) throws XmlRejection {
        Element exterior = SecureXml.child(polygon, Ns.GML, "exterior");
        Element ring = exterior == null ? null : SecureXml.child(exterior, Ns.GML, "LinearRing");
        if (ring == null) {
            throw new XmlRejection(InvalidReason.MALFORMED, "polygon without exterior LinearRing");
        }
        List<GeoPoint> vertices = new ArrayList<>();
        Element posList = SecureXml.child(ring, Ns.GML, "posList");
        if (posList != null) {
            vertices.addAll(List.of(points(SecureXml.text(posList), threeD ? 3 : 2, 4)));
        } else {
            for (Element pos : SecureXml.children(ring, Ns.GML, "pos")) {
                vertices.addAll(List.of(points(SecureXml.text(pos), threeD ? 3 : 2, 1)));
            }
        }
        if (vertices.size() < 4) {
            throw new XmlRejection(InvalidReason.MALFORMED, "polygon with fewer than 4 positions");
        }
        if (vertices.getFirst().equals(vertices.getLast())) {
            vertices.removeLast();
        }
        double lat = 0;
        double lon = 0;
        for (GeoPoint v : vertices) {
            lat += v.latitude();
            lon += v.longitude();
        }
        GeoPoint centre = new GeoPoint(lat / vertices.size(), lon / vertices.size());
        double radius = 0;
        for (GeoPoint v : vertices) {
            radius = Math.max(radius, meters(centre, v));
        }
        return new Shape(centre, radius == 0 ? null : Math.min(radius, CallerLocation.MAX_RADIUS_METERS), null);
    }

    private static double meters(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.latitude()))
                        * Math.cos(Math.toRadians(b.latitude()))
                        * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    static double number(String text) throws XmlRejection {
        if (text.length() > 32 || !NUMBER.matcher(text).matches()) {
            throw new XmlRejection(InvalidReason.BAD_VALUE, "not a number");
        }
        return Double.parseDouble(text);
    }

    static String safe(String name) {
        String clipped = name.length() > 40 ? name.substring(0, 40) : name;
        return clipped.replaceAll("[^A-Za-z0-9_.:-]", "?");
    }
}
