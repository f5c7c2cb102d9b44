package org.amparo.bench.geofence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Map;
import org.amparo.core.geo.track.Fix;
import org.jspecify.annotations.Nullable;

/**
 * The PostGIS peer: the fixes evaluated by PostgreSQL against the zones of {@link PostgisZones}, on
 * geography over PostGIS's sphere ({@code use_spheroid => false}: great-circle distances, as the
 * other peers' haversine), with the naive state of {@link JtsStrtreePeer} kept client-side in a
 * {@link NaiveState}. The partner's last position of a keep-apart pair is kept client-side too (as the
 * JTS peer keeps it) and sent with the fix; PostGIS computes the separation.
 *
 * <ul>
 *   <li>{@link #replayPerFix}: one execution of a prepared statement per fix that has anything to
 *       evaluate, which answers whether the fix is inside one of its subject's zones and whether it is
 *       within the keep-apart distance of the partner's last position.
 *   <li>{@link #replayBatched}: the fixes observed in order, {@value #BATCH} at a time, sent as arrays
 *       to one statement that unnests them and joins them against the subjects' zones; the answers
 *       come back in fix order and are applied to the state in that order.
 * </ul>
 *
 * <p>One connection per instance, so one instance per thread; {@link #close} closes it.
 */
final class PostgisPeer implements AutoCloseable {
    /** Fixes per batched statement. */
    static final int BATCH = 10_000;

    /** Whether a zone row holds the fix: a circle by its centre and radius, a polygon by cover. */
    private static final String HOLDS = "CASE WHEN z.radius_m IS NULL THEN ST_Covers(z.geog, f.pt)"
            + " ELSE ST_DWithin(z.geog, f.pt, z.radius_m, false) END";

    private static final String TOO_CLOSE =
            "ST_DWithin(f.pt, f.partner, " + ReplayWorkload.KEEP_APART_METERS + ", false)";

    private static final String PER_FIX = "SELECT (SELECT bool_or(" + HOLDS + ")"
            + " FROM subject_zone a JOIN zone z ON z.id = a.zone_id WHERE a.subject_id = f.subject_id) AS inside,"
            + " " + TOO_CLOSE + " AS too_close"
            + " FROM (SELECT ?::integer AS subject_id,"
            + " ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography AS pt,"
            + " ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography AS partner) f";

    /**
     * The batch unnested in order and joined with its subjects' zones; a fix of a device without zones
     * (null subject) joins none, and one without a keep-apart check has null partner coordinates
     * (ST_MakePoint of nulls is null, and so is ST_DWithin of null).
     */
    private static final String BATCHED = "SELECT f.ord, bool_or(" + HOLDS + ") AS inside, f.too_close"
            + " FROM (SELECT u.ord, u.subject_id, p.pt, " + TOO_CLOSE.replace("f.", "p.") + " AS too_close"
            + " FROM unnest(?::integer[], ?::float8[], ?::float8[], ?::float8[], ?::float8[]) WITH ORDINALITY"
            + " AS u(subject_id, lon, lat, partner_lon, partner_lat, ord)"
            + " CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint(u.lon, u.lat), 4326)::geography AS pt,"
            + " ST_SetSRID(ST_MakePoint(u.partner_lon, u.partner_lat), 4326)"
            + "::geography AS partner) p) f"
            + " LEFT JOIN subject_zone a ON a.subject_id = f.subject_id"
            + " LEFT JOIN zone z ON z.id = a.zone_id"
            + " GROUP BY f.ord, f.too_close ORDER BY f.ord";

    private final ReplayWorkload workload;
    private final Map<String, Integer> index;
    private final Connection connection;
    private final PreparedStatement perFix;
    private final PreparedStatement batched;

    PostgisPeer(PostgisZones zones, ReplayWorkload workload, Map<String, Integer> index) throws SQLException {
        this.workload = workload;
        this.index = index;
        Connection c = zones.connect();
        try {
            perFix = c.prepareStatement(PER_FIX);
            batched = c.prepareStatement(BATCHED);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        connection = c;
    }

    /** A fresh client-side state, for one replay. */
    NaiveState freshState() {
        return new NaiveState(workload, index);
    }

    /** Replays the first {@code prefix} fixes, one statement execution per fix with anything to ask. */
    EventCounts replayPerFix(NaiveState state, int prefix) throws SQLException {
        Fix[] fixes = workload.fixes;
        for (int i = 0; i < prefix; i++) {
            int d = state.observe(fixes[i]);
            if (d < 0) {
                continue;
            }
            boolean zones = state.hasZones(d);
            int partner = state.partnerToCheck(d);
            if (!zones && partner < 0) {
                continue;
            }
            if (zones) {
                perFix.setInt(1, d);
            } else {
                perFix.setNull(1, Types.INTEGER);
            }
            perFix.setDouble(2, state.longitude(d));
            perFix.setDouble(3, state.latitude(d));
            if (partner >= 0) {
                perFix.setDouble(4, state.longitude(partner));
                perFix.setDouble(5, state.latitude(partner));
            } else {
                perFix.setNull(4, Types.DOUBLE);
                perFix.setNull(5, Types.DOUBLE);
            }
            try (ResultSet rs = perFix.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no answer for fix " + i);
                }
                apply(state, d, zones, partner >= 0, rs, 1);
            }
        }
        return state.counts();
    }

    /** Replays the first {@code prefix} fixes, {@value #BATCH} per statement, answers applied in order. */
    EventCounts replayBatched(NaiveState state, int prefix) throws SQLException {
        Fix[] fixes = workload.fixes;
        int[] device = new int[BATCH];
        @Nullable Integer[] subject = new @Nullable Integer[BATCH];
        Double[] lon = new Double[BATCH];
        Double[] lat = new Double[BATCH];
        @Nullable Double[] partnerLon = new @Nullable Double[BATCH];
        @Nullable Double[] partnerLat = new @Nullable Double[BATCH];
        int i = 0;
        while (i < prefix) {
            int n = 0;
            for (; i < prefix && n < BATCH; i++) {
                int d = state.observe(fixes[i]);
                if (d < 0) {
                    continue;
                }
                boolean zones = state.hasZones(d);
                int partner = state.partnerToCheck(d);
                if (!zones && partner < 0) {
                    continue;
                }
                // The positions as of this fix: later fixes of the batch move the devices on.
                device[n] = d;
                subject[n] = zones ? d : null;
                lon[n] = state.longitude(d);
                lat[n] = state.latitude(d);
                partnerLon[n] = partner >= 0 ? state.longitude(partner) : null;
                partnerLat[n] = partner >= 0 ? state.latitude(partner) : null;
                n++;
            }
            if (n == 0) {
                continue;
            }
            Array[] arrays = {
                connection.createArrayOf("int4", Arrays.copyOf(subject, n)),
                connection.createArrayOf("float8", Arrays.copyOf(lon, n)),
                connection.createArrayOf("float8", Arrays.copyOf(lat, n)),
                connection.createArrayOf("float8", Arrays.copyOf(partnerLon, n)),
                connection.createArrayOf("float8", Arrays.copyOf(partnerLat, n))
            };
            try {
                for (int a = 0; a < arrays.length; a++) {
                    batched.setArray(a + 1, arrays[a]);
                }
                try (ResultSet rs = batched.executeQuery()) {
                    for (int k = 0; k < n; k++) {
                        if (!rs.next() || rs.getLong(1) != k + 1) {
                            throw new IllegalStateException("batch answers out of order at " + k);
                        }
                        apply(state, device[k], subject[k] != null, partnerLon[k] != null, rs, 2);
                    }
                    if (rs.next()) {
                        throw new IllegalStateException("more batch answers than fixes");
                    }
                }
            } finally {
                for (Array array : arrays) {
                    array.free();
                }
            }
        }
        return state.counts();
    }

    private static void apply(NaiveState state, int device, boolean zones, boolean partner, ResultSet rs, int column)
            throws SQLException {
        if (zones) {
            boolean inside = rs.getBoolean(column);
            if (rs.wasNull()) {
                throw new IllegalStateException("subject " + device + " has no zones in PostGIS");
            }
            state.presence(device, inside);
        }
        if (partner) {
            boolean close = rs.getBoolean(column + 1);
            if (rs.wasNull()) {
                throw new IllegalStateException("no separation answer for device " + device);
            }
            state.separation(device, close);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            perFix.close();
            batched.close();
        } finally {
            connection.close();
        }
    }
}
