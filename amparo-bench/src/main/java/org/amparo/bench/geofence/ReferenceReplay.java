package org.amparo.bench.geofence;

import java.util.Map;
import org.amparo.core.geo.track.Fix;
import org.amparo.core.geo.zone.CircleZone;
import org.amparo.core.geo.zone.Zone;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The Java reference that the PostGIS peer's event counts must equal: {@link NaiveState} driven by the
 * same answers that the peer's queries compute, in one of two geometries.
 *
 * <ul>
 *   <li>{@link Geometry#JTS_POLYGONS}: the JTS peer's own answers (every zone, circles included, as
 *       its prepared polygon in degrees; keep-apart by its own haversine, strictly under the distance).
 *       Its counts must equal {@link JtsStrtreePeer}'s, which shows that {@link NaiveState} has the
 *       JTS peer's semantics.
 *   <li>{@link Geometry#POSTGIS_SPHERE}: the PostGIS peer's geography on PostGIS's sphere (radius
 *       (2a + b) / 3 of WGS 84): a circle zone holds the points whose great-circle distance from its
 *       centre is at most its radius ({@code ST_DWithin(centre, fix, radius, false)}), a polygon zone
 *       the points inside the same polygon ({@code ST_Covers}; its edges are great-circle arcs there
 *       and straight in degrees here, which differ by micrometres at these sizes), and a pair is too
 *       close when its great-circle distance is at most the distance.
 * </ul>
 *
 * <p>The two differ only in the circles: a true circle holds the slivers between its inscribed 32-gon
 * and its arc (up to 0.5 % of the radius) and is measured on the sphere rather than on the
 * ellipsoid's local plane, so its counts differ from the JTS peer's by design.
 */
final class ReferenceReplay {
    /** WGS 84 semi-major axis and flattening. */
    private static final double WGS84_A = 6_378_137.0;

    private static final double WGS84_F = 1 / 298.257223563;
    /** PostGIS's sphere for geography with {@code use_spheroid => false}: (2a + b) / 3. */
    static final double POSTGIS_SPHERE_RADIUS = (2 * WGS84_A + WGS84_A * (1 - WGS84_F)) / 3;

    /** Which answers drive the state. */
    enum Geometry {
        JTS_POLYGONS,
        POSTGIS_SPHERE
    }

    private ReferenceReplay() {}

    /** Replays the first {@code prefix} fixes of the workload from a fresh state. */
    static EventCounts replay(
            ReplayWorkload workload, JtsZoneTree shapes, Map<String, Integer> index, int prefix, Geometry geometry) {
        int zones = workload.zones.size();
        boolean[] circle = new boolean[zones];
        double[] centreLat = new double[zones];
        double[] centreLon = new double[zones];
        double[] radius = new double[zones];
        for (int z = 0; z < zones; z++) {
            Zone zone = workload.zones.get(z);
            if (geometry == Geometry.POSTGIS_SPHERE && zone instanceof CircleZone c) {
                circle[z] = true;
                centreLat[z] = c.centre().latitude();
                centreLon[z] = c.centre().longitude();
                radius[z] = c.radiusMeters();
            }
        }
        GeometryFactory factory = new GeometryFactory();
        NaiveState state = new NaiveState(workload, index);
        for (int i = 0; i < prefix; i++) {
            Fix fix = workload.fixes[i];
            int d = state.observe(fix);
            if (d < 0) {
                continue;
            }
            double lat = state.latitude(d);
            double lon = state.longitude(d);
            if (state.hasZones(d)) {
                boolean inside = false;
                for (int z : workload.subjectZones[d]) {
                    inside = circle[z]
                            ? sphereDistanceMeters(centreLat[z], centreLon[z], lat, lon, POSTGIS_SPHERE_RADIUS)
                                    <= radius[z]
                            : shapes.prepared[z].contains(factory.createPoint(new Coordinate(lon, lat)));
                    if (inside) {
                        break;
                    }
                }
                state.presence(d, inside);
            }
            int partner = state.partnerToCheck(d);
            if (partner >= 0) {
                double plat = state.latitude(partner);
                double plon = state.longitude(partner);
                boolean close = geometry == Geometry.POSTGIS_SPHERE
                        ? sphereDistanceMeters(lat, lon, plat, plon, POSTGIS_SPHERE_RADIUS)
                                <= ReplayWorkload.KEEP_APART_METERS
                        : JtsStrtreePeer.haversineMeters(lat, lon, plat, plon) < ReplayWorkload.KEEP_APART_METERS;
                state.separation(d, close);
            }
        }
        return state.counts();
    }

    /** Great-circle distance (the atan2 form, well conditioned at any separation) in metres. */
    static double sphereDistanceMeters(double lat1, double lon1, double lat2, double lon2, double radius) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dLon = Math.toRadians(lon2 - lon1);
        double cosP1 = Math.cos(p1);
        double cosP2 = Math.cos(p2);
        double sinP1 = Math.sin(p1);
        double sinP2 = Math.sin(p2);
        double cosDLon = Math.cos(dLon);
        double x = cosP2 * Math.sin(dLon);
        double y = cosP1 * sinP2 - sinP1 * cosP2 * cosDLon;
        return radius * Math.atan2(Math.sqrt(x * x + y * y), sinP1 * sinP2 + cosP1 * cosP2 * cosDLon);
    }
}
