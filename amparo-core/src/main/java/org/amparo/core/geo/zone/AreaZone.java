package org.amparo.core.geo.zone;

import java.util.ArrayList;
import java.util.List;
import org.amparo.core.geo.GeoArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A polygon or multipolygon zone ({@link GeoArea}), prepared as a flat array of boundary edges.
 *
 * <p>Inside-ness is the even-odd crossing count of the dissolved area (overlapping parts are
 * merged and invalid rings repaired once, at construction), with edges straight in longitude and
 * latitude as GeoJSON defines them; it agrees with {@link GeoArea#contains} away from the boundary.
 * The distance to the boundary is measured on the local plane at the query point's latitude (see
 * {@link LocalMetric}): exact for the straight-in-degrees edges up to second-order terms, well under
 * a centimetre for distances of a few hundred metres. Edges whose bounding box lies farther than the
 * query's limit are skipped. A query costs O(edges) with no allocation. Immutable, thread-safe.
 */
public final class AreaZone implements Zone {
    /** The widest latitude pad (degrees, about 110 km) for which the trigonometry-free prefilter runs. */
    private static final double PREFILTER_MAX_DEGREES = 1;
    /**
     * Metres per degree of latitude at the equator: the least anywhere, since the meridional radius
     * grows towards the poles.
     */
    private static final double MIN_METERS_PER_DEGREE_LAT = LocalMetric.metersPerDegreeLatitude(0);
    /** Widens the prefilter's pads so that rounding can never make it reject what the exact test keeps. */
    private static final double PREFILTER_SLACK = 1 + 1e-9;

    private final String id;
    private final GeoArea area;
    /** Edges as (lon1, lat1, lon2, lat2) quadruples. */
    private final double[] edges;

    private final Envelope envelope;
    /** The envelope's bounds in degrees, unboxed for the hot path. */
    private final double minLon;

    private final double maxLon;
    private final double minLat;
    private final double maxLat;
    /**
     * A lower bound of the metres per degree of longitude anywhere within {@value
     * #PREFILTER_MAX_DEGREES} degrees of latitude of the envelope: with it, and the global lower bound
     * of metres per degree of latitude, {@link #surelyBeyond} rejects far points without trigonometry.
     */
    private final double minMetersPerDegreeLon;

    public AreaZone(String id, GeoArea area) {
        if (id.isBlank()) {
            throw new IllegalArgumentException("a zone has an id");
        }
        this.id = id;
        this.area = area;
        Geometry dissolved = dissolve(area);
        this.envelope = dissolved.getEnvelopeInternal();
        this.minLon = envelope.getMinX();
        this.maxLon = envelope.getMaxX();
        this.minLat = envelope.getMinY();
        this.maxLat = envelope.getMaxY();
        double farthestLat = Math.max(Math.abs(minLat), Math.abs(maxLat)) + PREFILTER_MAX_DEGREES;
        // Near a pole the bound is zero: the longitude prefilter then never rejects.
        this.minMetersPerDegreeLon = farthestLat < 89 ? LocalMetric.metersPerDegreeLongitude(farthestLat) : 0;
        this.edges = edgesOf(dissolved);
    }

    @Override
    public String id() {
        return id;
    }

    public GeoArea area() {
        return area;
    }

    /** Number of boundary edges after dissolving. */
    public int edgeCount() {
        return edges.length / 4;
    }

    @Override
    public double signedDistanceMeters(double latitude, double longitude, double limitMeters) {
        if (surelyBeyond(latitude, longitude, limitMeters)) {
            return Double.POSITIVE_INFINITY;
        }
        double kx = LocalMetric.metersPerDegreeLongitude(latitude);
        double ky = LocalMetric.metersPerDegreeLatitude(latitude);
        double limitLon = limitMeters / kx;
        double limitLat = limitMeters / ky;
        if (longitude < minLon - limitLon
                || longitude > maxLon + limitLon
                || latitude < minLat - limitLat
                || latitude > maxLat + limitLat) {
            return Double.POSITIVE_INFINITY;
        }
        boolean inside = false;
        double best = Double.POSITIVE_INFINITY;
        double[] e = edges;
        for (int i = 0; i < e.length; i += 4) {
            double x1 = e[i];
            double y1 = e[i + 1];
            double x2 = e[i + 2];
            double y2 = e[i + 3];
            if ((y1 > latitude) != (y2 > latitude) && longitude < x1 + (latitude - y1) * (x2 - x1) / (y2 - y1)) {
                inside = !inside;
            }
            if (Math.min(x1, x2) - limitLon > longitude
                    || Math.max(x1, x2) + limitLon < longitude
                    || Math.min(y1, y2) - limitLat > latitude
                    || Math.max(y1, y2) + limitLat < latitude) {
                continue;
            }
            double d2 = segmentDistanceSquared(
                    (x1 - longitude) * kx, (y1 - latitude) * ky, (x2 - longitude) * kx, (y2 - latitude) * ky);
            if (d2 < best) {
                best = d2;
            }
        }
        double distance = Math.sqrt(best);
        return inside ? -distance : distance;
    }

    /**
     * Whether the point lies outside the envelope widened by {@code limitMeters}, decided with
     * precomputed lower bounds of the metres per degree instead of the point's own (which cost a sine
     * and a cosine). The pads in degrees are therefore at least the exact ones: a true answer implies
     * the exact envelope test rejects too, so results are the same with or without this filter.
     */
    private boolean surelyBeyond(double latitude, double longitude, double limitMeters) {
        double padLat = limitMeters / MIN_METERS_PER_DEGREE_LAT * PREFILTER_SLACK;
        if (!(padLat <= PREFILTER_MAX_DEGREES)) {
            return false;
        }
        if (latitude < minLat - padLat || latitude > maxLat + padLat) {
            return true;
        }
        // Here |latitude| is within PREFILTER_MAX_DEGREES of the envelope, where the metres per
        // degree of longitude are at least minMetersPerDegreeLon.
        double padLon = limitMeters / minMetersPerDegreeLon * PREFILTER_SLACK;
        return longitude < minLon - padLon || longitude > maxLon + padLon;
    }

    /** Squared distance from the origin to the segment (ax, ay)-(bx, by). */
    private static double segmentDistanceSquared(double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : -(ax * dx + ay * dy) / length2;
        if (t <= 0) {
            return ax * ax + ay * ay;
        }
        if (t >= 1) {
            return bx * bx + by * by;
        }
        double px = ax + t * dx;
        double py = ay + t * dy;
        return px * px + py * py;
    }

    @Override
    public Envelope envelope() {
        return new Envelope(envelope);
    }

    private static Geometry dissolve(GeoArea area) {
        Geometry geometry;
        try {
            geometry = new WKTReader().read(area.toWkt());
        } catch (ParseException e) {
            throw new IllegalStateException("an area's own WKT did not parse", e);
        }
        if (!geometry.isValid()) {
            geometry = geometry.buffer(0);
        }
        return geometry.union();
    }

    private static double[] edgesOf(Geometry geometry) {
        List<LineString> rings = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                rings.add(polygon.getExteriorRing());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    rings.add(polygon.getInteriorRingN(h));
                }
            }
        }
        int count = 0;
        for (LineString ring : rings) {
            count += ring.getNumPoints() - 1;
        }
        double[] edges = new double[count * 4];
        int k = 0;
        for (LineString ring : rings) {
            Coordinate[] c = ring.getCoordinates();
            for (int i = 0; i + 1 < c.length; i++) {
                edges[k++] = c[i].x;
                edges[k++] = c[i].y;
                edges[k++] = c[i + 1].x;
                edges[k++] = c[i + 1].y;
            }
        }
        return edges;
    }

    @Override
    public String toString() {
        return "AreaZone[" + id + ", " + edgeCount() + " edges]";
    }
}
