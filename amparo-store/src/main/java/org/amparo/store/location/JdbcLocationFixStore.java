package org.amparo.store.location;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.amparo.core.device.DeviceId;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.FixReadings;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.location.LocationFixStore;
import org.amparo.core.location.StoredFix;
import org.amparo.store.Timestamps;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link LocationFixStore} on {@code location_fixes}, keyed by device and fix time so that a resent
 * fix is stored once. Uses the caller's transaction. On PostgreSQL a batch is one statement: the
 * columns travel as arrays, are expanded by {@code unnest} and skip existing keys with {@code ON
 * CONFLICT DO NOTHING}; elsewhere (H2) each row is a batched insert guarded by {@code NOT EXISTS}.
 * Both answer the exact number of rows inserted. Thread-safe.
 */
public final class JdbcLocationFixStore implements LocationFixStore {
    private static final String COLUMNS = "device_id, fix_at, subject_id, authorization_id, latitude, longitude,"
            + " accuracy_m, speed_mps, bearing_deg, altitude_m, battery_pct, hdop, source, received_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    private static final String POSTGRES_INSERT = "INSERT INTO location_fixes (" + COLUMNS + ") SELECT * FROM unnest("
            + "?::varchar[], ?::timestamptz[], ?::varchar[], ?::varchar[], ?::float8[], ?::float8[],"
            + " ?::float8[], ?::float8[], ?::float8[], ?::float8[], ?::float8[], ?::float8[], ?::varchar[],"
            + " ?::timestamptz[]) ON CONFLICT (device_id, fix_at) DO NOTHING";

    private final boolean postgres;

    public JdbcLocationFixStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.template = new JdbcTemplate(dataSource);
        this.postgres = "PostgreSQL".equals(template.execute((ConnectionCallback<String>)
                connection -> connection.getMetaData().getDatabaseProductName()));
    }

    @Override
    public int insert(List<StoredFix> fixes) {
        if (fixes.isEmpty()) {
            return 0;
        }
        List<StoredFix> distinct = distinct(fixes);
        return postgres ? insertPostgres(distinct) : insertPortable(distinct);
    }

    /** The first fix of each device and time: a repeat inside one batch counts as a resend. */
    private static List<StoredFix> distinct(List<StoredFix> fixes) {
        Map<String, StoredFix> first = new LinkedHashMap<>();
        for (StoredFix fix : fixes) {
            first.putIfAbsent(fix.device() + "@" + fix.at(), fix);
        }
        return first.size() == fixes.size() ? fixes : List.copyOf(first.values());
    }

    private int insertPostgres(List<StoredFix> fixes) {
        List<@Nullable Object[]> columns = List.of(
                texts(fixes, f -> f.device().toString()),
                texts(fixes, f -> f.at().toString()),
                texts(fixes, f -> f.subject() == null ? null : f.subject().toString()),
                texts(
                        fixes,
                        f -> f.authorization() == null
                                ? null
                                : f.authorization().toString()),
                numbers(fixes, f -> f.position().latitude()),
                numbers(fixes, f -> f.position().longitude()),
                numbers(fixes, f -> f.readings().accuracyMeters()),
                numbers(fixes, f -> f.readings().speedMetersPerSecond()),
                numbers(fixes, f -> f.readings().bearingDegrees()),
                numbers(fixes, f -> f.readings().altitudeMeters()),
                numbers(fixes, f -> f.readings().batteryPercent()),
                numbers(fixes, f -> f.readings().hdop()),
                texts(fixes, f -> f.source().name()),
                texts(fixes, f -> f.receivedAt().toString()));
        Integer inserted = template.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement ps = connection.prepareStatement(POSTGRES_INSERT)) {
                for (int c = 0; c < columns.size(); c++) {
                    @Nullable Object[] column = columns.get(c);
                    ps.setArray(
                            c + 1, connection.createArrayOf(column instanceof Double[] ? "float8" : "text", column));
                }
                return ps.executeUpdate();
            }
        });
        return inserted == null ? 0 : inserted;
    }

    private static @Nullable String[] texts(List<StoredFix> fixes, Function<StoredFix, @Nullable String> field) {
        @Nullable String[] column = new String[fixes.size()];
        for (int i = 0; i < column.length; i++) {
            column[i] = field.apply(fixes.get(i));
        }
        return column;
    }

    private static @Nullable Double[] numbers(List<StoredFix> fixes, Function<StoredFix, @Nullable Double> field) {
        @Nullable Double[] column = new Double[fixes.size()];
        for (int i = 0; i < column.length; i++) {
            column[i] = field.apply(fixes.get(i));
        }
        return column;
    }

    private int insertPortable(List<StoredFix> fixes) {
        int[][] counts = template.batchUpdate(
                "INSERT INTO location_fixes (" + COLUMNS + ") SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM location_fixes WHERE device_id = ? AND fix_at = ?)",
                fixes,
                500,
                (ps, f) -> {
                    FixReadings r = f.readings();
                    ps.setString(1, f.device().toString());
                    ps.setObject(2, Timestamps.param(f.at()).getValue());
                    ps.setString(3, f.subject() == null ? null : f.subject().toString());
                    ps.setString(
                            4,
                            f.authorization() == null ? null : f.authorization().toString());
                    ps.setDouble(5, f.position().latitude());
                    ps.setDouble(6, f.position().longitude());
                    ps.setObject(7, r.accuracyMeters(), java.sql.Types.DOUBLE);
                    ps.setObject(8, r.speedMetersPerSecond(), java.sql.Types.DOUBLE);
                    ps.setObject(9, r.bearingDegrees(), java.sql.Types.DOUBLE);
                    ps.setObject(10, r.altitudeMeters(), java.sql.Types.DOUBLE);
                    ps.setObject(11, r.batteryPercent(), java.sql.Types.DOUBLE);
                    ps.setObject(12, r.hdop(), java.sql.Types.DOUBLE);
                    ps.setString(13, f.source().name());
                    ps.setObject(14, Timestamps.param(f.receivedAt()).getValue());
                    ps.setString(15, f.device().toString());
                    ps.setObject(16, Timestamps.param(f.at()).getValue());
                });
        int inserted = 0;
        for (int[] batch : counts) {
            for (int n : batch) {
                inserted += Math.max(n, 0);
            }
        }
        return inserted;
    }

    @Override
    public List<StoredFix> track(SubjectId subject, Instant from, Instant to, int limit) {
        return jdbc.sql(
                        "SELECT " + COLUMNS + " FROM location_fixes WHERE subject_id = :subject"
                                + " AND fix_at >= :from AND fix_at < :to ORDER BY fix_at, device_id FETCH FIRST :limit ROWS ONLY")
                .param("subject", subject.toString())
                .param("from", Timestamps.param(from))
                .param("to", Timestamps.param(to))
                .param("limit", limit)
                .query(JdbcLocationFixStore::fix)
                .list();
    }

    @Override
    public Optional<StoredFix> latest(DeviceId device) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM location_fixes WHERE device_id = :device"
                        + " ORDER BY fix_at DESC FETCH FIRST 1 ROWS ONLY")
                .param("device", device.toString())
                .query(JdbcLocationFixStore::fix)
                .optional();
    }

    static StoredFix fix(ResultSet rs, int row) throws SQLException {
        String subject = rs.getString("subject_id");
        String authorization = rs.getString("authorization_id");
        FixReadings readings = new FixReadings(
                number(rs, "accuracy_m"),
                number(rs, "speed_mps"),
                number(rs, "bearing_deg"),
                number(rs, "altitude_m"),
                number(rs, "battery_pct"),
                number(rs, "hdop"));
        return new StoredFix(
                DeviceId.parse(rs.getString("device_id")),
                subject == null ? null : SubjectId.parse(subject),
                authorization == null ? null : AuthorizationId.parse(authorization),
                Timestamps.read(rs, "fix_at"),
                new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
                readings,
                FixSource.valueOf(rs.getString("source")),
                Timestamps.read(rs, "received_at"));
    }

    private static @Nullable Double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
