package org.amparo.store.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.amparo.core.dispatch.CallerNumber;
import org.amparo.core.dispatch.IncidentId;
import org.amparo.core.dispatch.caller.CallerFinding;
import org.amparo.core.dispatch.caller.CallerLocationId;
import org.amparo.core.dispatch.caller.CallerLocationStore;
import org.amparo.core.dispatch.caller.StoredCallerLocation;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.emergency.CivicAddress;
import org.amparo.core.ingest.emergency.CivicField;
import org.amparo.core.ingest.emergency.LocationFlag;
import org.amparo.core.ingest.emergency.LocationSource;
import org.amparo.core.ingest.emergency.NoLocationReason;
import org.amparo.core.ingest.emergency.PositioningMethod;
import org.amparo.store.Timestamps;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link CallerLocationStore} on {@code caller_locations}, with civic addresses in {@code caller_location_civic}.
 * Uses the caller's transaction; thread-safe.
 */
public final class JdbcCallerLocationStore implements CallerLocationStore {
    private static final String COLUMNS = "id, caller_number, received_at, source, flags, latitude, longitude,"
            + " radius_m, confidence_pct, method, positioned_at, no_location_reason, no_location_detail,"
            + " retention_expiry, incident_id";

    private final JdbcClient jdbc;

    public JdbcCallerLocationStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void insert(StoredCallerLocation l) {
        jdbc.sql("INSERT INTO caller_locations (" + COLUMNS + ") VALUES (:id, :number, :received, :source, :flags,"
                        + " :lat, :lon, :radius, :confidence, :method, :positioned, :reason, :detail, :expiry,"
                        + " :incident)")
                .param("id", l.id().toString())
                .param("number", l.number().value())
                .param("received", Timestamps.param(l.receivedAt()))
                .param("source", l.source().name())
                .param("flags", l.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .params(finding(l.finding()))
                .param("expiry", Timestamps.param(l.retentionExpiry()))
                .param("incident", new SqlParameterValue(Types.VARCHAR, text(l.incident())))
                .update();
        if (l.finding() instanceof CallerFinding.Position p && p.civic() != null) {
            p.civic().fields().forEach((field, value) -> jdbc.sql(
                            "INSERT INTO caller_location_civic (location_id, field, field_value) VALUES (:id, :f, :v)")
                    .param("id", l.id().toString())
                    .param("f", field.name())
                    .param("v", value)
                    .update());
        }
    }

    private static Map<String, Object> finding(CallerFinding finding) {
        Map<String, Object> p = new HashMap<>();
        GeoPoint point = finding instanceof CallerFinding.Position pos ? pos.point() : null;
        CallerFinding.Position pos = finding instanceof CallerFinding.Position x ? x : null;
        CallerFinding.None none = finding instanceof CallerFinding.None x ? x : null;
        p.put("lat", new SqlParameterValue(Types.DOUBLE, point == null ? null : point.latitude()));
        p.put("lon", new SqlParameterValue(Types.DOUBLE, point == null ? null : point.longitude()));
        p.put("radius", new SqlParameterValue(Types.DOUBLE, pos == null ? null : pos.radiusMeters()));
        p.put("confidence", new SqlParameterValue(Types.INTEGER, pos == null ? null : pos.confidencePercent()));
        p.put(
                "method",
                new SqlParameterValue(
                        Types.VARCHAR, pos == null ? null : pos.method().name()));
        p.put("positioned", Timestamps.param(pos == null ? null : pos.positionedAt()));
        p.put(
                "reason",
                new SqlParameterValue(
                        Types.VARCHAR, none == null ? null : none.reason().name()));
        p.put("detail", new SqlParameterValue(Types.VARCHAR, none == null ? null : none.detail()));
        return p;
    }

    @Override
    public boolean assign(CallerLocationId id, IncidentId incident) {
        return jdbc.sql("UPDATE caller_locations SET incident_id = :incident WHERE id = :id AND incident_id IS NULL")
                        .param("id", id.toString())
                        .param("incident", incident.toString())
                        .update()
                == 1;
    }

    @Override
    public Optional<StoredCallerLocation> find(CallerLocationId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM caller_locations WHERE id = :id")
                .param("id", id.toString())
                .query(this::location)
                .optional();
    }

    @Override
    public List<StoredCallerLocation> forIncident(IncidentId incident) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM caller_locations WHERE incident_id = :incident"
                        + " ORDER BY received_at DESC, id")
                .param("incident", incident.toString())
                .query(this::location)
                .list();
    }

    @Override
    public List<StoredCallerLocation> unmatched(CallerNumber number, Instant from, Instant to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM caller_locations WHERE caller_number = :number"
                        + " AND received_at >= :from AND received_at <= :to AND incident_id IS NULL"
                        + " ORDER BY received_at, id")
                .param("number", number.value())
                .param("from", Timestamps.param(from))
                .param("to", Timestamps.param(to))
                .query(this::location)
                .list();
    }

    private StoredCallerLocation location(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        String incident = rs.getString("incident_id");
        return new StoredCallerLocation(
                new CallerLocationId(UUID.fromString(id)),
                new CallerNumber(rs.getString("caller_number")),
                Timestamps.read(rs, "received_at"),
                LocationSource.valueOf(rs.getString("source")),
                flags(rs.getString("flags")),
                rs.getString("no_location_reason") != null ? none(rs) : position(rs, id),
                Timestamps.readNullable(rs, "retention_expiry"),
                incident == null ? null : new IncidentId(UUID.fromString(incident)));
    }

    private static CallerFinding none(ResultSet rs) throws SQLException {
        return new CallerFinding.None(
                NoLocationReason.valueOf(rs.getString("no_location_reason")), rs.getString("no_location_detail"));
    }

    private CallerFinding position(ResultSet rs, String id) throws SQLException {
        double lat = rs.getDouble("latitude");
        GeoPoint point = rs.wasNull() ? null : new GeoPoint(lat, rs.getDouble("longitude"));
        double radius = rs.getDouble("radius_m");
        Double radiusMeters = rs.wasNull() ? null : radius;
        int confidence = rs.getInt("confidence_pct");
        Integer confidencePercent = rs.wasNull() ? null : confidence;
        return new CallerFinding.Position(
                point,
                radiusMeters,
                confidencePercent,
                PositioningMethod.valueOf(rs.getString("method")),
                Timestamps.readNullable(rs, "positioned_at"),
                civic(id));
    }

    private @Nullable CivicAddress civic(String id) {
        Map<CivicField, String> fields = new EnumMap<>(CivicField.class);
        jdbc.sql("SELECT field, field_value FROM caller_location_civic WHERE location_id = :id")
                .param("id", id)
                .query((rs, row) -> fields.put(CivicField.valueOf(rs.getString("field")), rs.getString("field_value")))
                .list();
        return fields.isEmpty() ? null : new CivicAddress(fields);
    }

    private static Set<LocationFlag> flags(String text) {
        Set<LocationFlag> flags = EnumSet.noneOf(LocationFlag.class);
        Arrays.stream(text.split(",")).filter(s -> !s.isEmpty()).forEach(s -> flags.add(LocationFlag.valueOf(s)));
        return flags;
    }

    private static @Nullable String text(@Nullable Object id) {
        return id == null ? null : id.toString();
    }
}
