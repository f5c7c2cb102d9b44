package org.amparo.bench.geofence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.amparo.bench.SuppressForbidden;
import org.amparo.core.geo.zone.CircleZone;
import org.amparo.core.geo.zone.Zone;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * The workload's zones and stay-within assignments loaded into PostGIS, as a PostGIS user would store
 * them: table {@code zone} with one {@code geography} column under a GiST index, holding a circle
 * zone's centre (its radius in metres in {@code radius_m}, tested with {@code ST_DWithin}) or a
 * polygon zone's polygon ({@code radius_m} null, tested with {@code ST_Covers}); table {@code
 * subject_zone} (subject, zone) with its primary key. Subjects are numbered as in {@link
 * ReplayWorkload#deviceIds}.
 *
 * <p>Everything lives in a fresh schema of the dedicated database {@value #DATABASE} on the machine's
 * PostgreSQL (127.0.0.1:5432, user postgres), which {@link #load} creates with the {@code postgis}
 * extension when absent; {@link #close} drops the schema. When the server has no PostGIS, {@link
 * #load} fails and names the Debian package to install.
 */
final class PostgisZones implements AutoCloseable {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String DATABASE = "amparo_bench";
    static final String USER = "postgres";
    static final String DEBIAN_PACKAGE = "postgresql-15-postgis-3";

    final String schema;
    final int zones;
    final int assignments;
    /** Drops the schema should the JVM exit without {@link #close} (a failed JMH trial skips it). */
    private final Thread dropAtExit;

    private boolean closed;

    private PostgisZones(String schema, int zones, int assignments) {
        this.schema = schema;
        this.zones = zones;
        this.assignments = assignments;
        this.dropAtExit = new Thread(this::dropQuietly, "drop-" + schema);
        Runtime.getRuntime().addShutdownHook(dropAtExit);
    }

    /** Creates the database and extension when absent, then a fresh schema with the workload loaded. */
    static PostgisZones load(ReplayWorkload workload) throws SQLException {
        ensureDatabase();
        String schema =
                "geofence_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER + DATABASE, USER, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
            s.execute("CREATE SCHEMA " + schema);
            try {
                int assignments = fill(c, s, schema, workload);
                return new PostgisZones(schema, workload.zones.size(), assignments);
            } catch (SQLException | RuntimeException e) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
                throw e;
            }
        }
    }

    /**
     * A connection whose search path is this schema, then public (PostGIS's functions and types), with
     * JIT off: PostGIS's function costs push a batch's estimate past the JIT thresholds, and compiling
     * each execution costs more than it saves (a 10,000-fix batch took 477 ms with it, 40 ms without).
     */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(
                SERVER + DATABASE + "?currentSchema=" + schema + ",public&options=-c%20jit%3Doff", USER, "");
    }

    /** A peer on its own connection, for one thread. */
    PostgisPeer peer(ReplayWorkload workload, Map<String, Integer> index) throws SQLException {
        return new PostgisPeer(this, workload, index);
    }

    @Override
    public synchronized void close() throws SQLException {
        if (closed) {
            return;
        }
        try (Connection c = DriverManager.getConnection(SERVER + DATABASE, USER, "");
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        closed = true;
        if (Thread.currentThread() != dropAtExit) {
            Runtime.getRuntime().removeShutdownHook(dropAtExit);
        }
    }

    @SuppressForbidden(reason = "at JVM exit there is no one else to tell")
    private void dropQuietly() {
        try {
            close();
        } catch (SQLException e) {
            System.err.println("could not drop " + DATABASE + "." + schema + ": " + e.getMessage());
        }
    }

    private static void ensureDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "")) {
            try (PreparedStatement q =
                            c.prepareStatement("SELECT count(*) FROM pg_available_extensions WHERE name = 'postgis'");
                    ResultSet rs = q.executeQuery()) {
                if (!rs.next() || rs.getLong(1) == 0) {
                    throw new IllegalStateException(
                            "PostGIS is not installed on the PostgreSQL server at 127.0.0.1:5432:"
                                    + " install the Debian package " + DEBIAN_PACKAGE
                                    + " (apt-get install " + DEBIAN_PACKAGE
                                    + ", or postgresql-N-postgis-3 for the server's"
                                    + " major version N) to run the PostGIS peers of GeofenceReplayBenchmark");
                }
            }
            boolean present;
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                q.setString(1, DATABASE);
                try (ResultSet rs = q.executeQuery()) {
                    present = rs.next();
                }
            }
            if (!present) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + DATABASE);
                } catch (SQLException e) {
                    if (!"42P04".equals(e.getSQLState())) { // created meanwhile by a concurrent run
                        throw e;
                    }
                }
            }
        }
    }

    private static int fill(Connection c, Statement s, String schema, ReplayWorkload workload) throws SQLException {
        s.execute("SET search_path TO " + schema + ", public");
        s.execute("CREATE TABLE zone (id integer PRIMARY KEY, geog geography NOT NULL, radius_m double precision)");
        s.execute("CREATE TABLE subject_zone (subject_id integer NOT NULL, zone_id integer NOT NULL,"
                + " PRIMARY KEY (subject_id, zone_id))");
        List<Zone> zones = workload.zones;
        Integer[] ids = new Integer[zones.size()];
        String[] wkt = new String[zones.size()];
        @Nullable Double[] radius = new @Nullable Double[zones.size()]; // null for a polygon
        for (int z = 0; z < ids.length; z++) {
            ids[z] = z;
            StringBuilder text = new StringBuilder("SRID=4326;");
            if (zones.get(z) instanceof CircleZone circle) {
                text.append("POINT(")
                        .append(circle.centre().longitude())
                        .append(' ')
                        .append(circle.centre().latitude())
                        .append(')');
                radius[z] = circle.radiusMeters();
            } else {
                // The polygon the JTS peer prepares, which is the AreaZone's own ring (x longitude).
                Polygon polygon = workload.shapes.get(z);
                text.append("POLYGON((");
                Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
                for (int v = 0; v < ring.length; v++) {
                    text.append(v == 0 ? "" : ",").append(ring[v].x).append(' ').append(ring[v].y);
                }
                text.append("))");
            }
            wkt[z] = text.toString();
        }
        insert(
                c,
                "INSERT INTO zone (id, geog, radius_m) SELECT u.id, u.wkt::geography, u.radius_m"
                        + " FROM unnest(?::integer[], ?::text[], ?::float8[]) AS u(id, wkt, radius_m)",
                c.createArrayOf("int4", ids),
                c.createArrayOf("text", wkt),
                c.createArrayOf("float8", radius));
        List<Integer> subjects = new ArrayList<>();
        List<Integer> zoneIds = new ArrayList<>();
        for (int subject = 0; subject < workload.subjectZones.length; subject++) {
            for (int z : workload.subjectZones[subject]) {
                subjects.add(subject);
                zoneIds.add(z);
            }
        }
        insert(
                c,
                "INSERT INTO subject_zone (subject_id, zone_id) SELECT * FROM unnest(?::integer[], ?::integer[])",
                c.createArrayOf("int4", subjects.toArray()),
                c.createArrayOf("int4", zoneIds.toArray()));
        s.execute("CREATE INDEX zone_geog ON zone USING gist (geog)");
        s.execute("VACUUM ANALYZE zone");
        s.execute("VACUUM ANALYZE subject_zone");
        return subjects.size();
    }

    private static void insert(Connection c, String sql, Array... columns) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (int i = 0; i < columns.length; i++) {
                insert.setArray(i + 1, columns[i]);
            }
            insert.executeUpdate();
        } finally {
            for (Array column : columns) {
                column.free();
            }
        }
    }
}
