package org.amparo.store.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.amparo.core.dispatch.CallId;
import org.amparo.core.dispatch.CallerNumber;
import org.amparo.core.dispatch.Incident;
import org.amparo.core.dispatch.IncidentEvent;
import org.amparo.core.dispatch.IncidentId;
import org.amparo.core.dispatch.IncidentStatus;
import org.amparo.core.dispatch.IncidentStore;
import org.amparo.core.dispatch.IncidentSummary;
import org.amparo.core.dispatch.IncidentType;
import org.amparo.core.dispatch.Priority;
import org.amparo.core.dispatch.ProvinceRef;
import org.amparo.core.geo.GeoPoint;
import org.amparo.store.Timestamps;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link IncidentStore} on {@code incidents}, {@code incident_calls} and {@code incident_events}. {@link #lock} is a
 * {@code SELECT ... FOR UPDATE}. Uses the caller's transaction; thread-safe.
 */
public final class JdbcIncidentStore implements IncidentStore {
    private static final String COLUMNS = "id, type, priority, caller_number, latitude, longitude, description,"
            + " province_id, province_name, status, created_at, closed_at";
    private static final String NOT_CLOSED = "status IN ('OPEN', 'DISPATCHED', 'ON_SCENE')";

    private final JdbcClient jdbc;

    public JdbcIncidentStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void insert(Incident i) {
        jdbc.sql("INSERT INTO incidents (" + COLUMNS + ") VALUES (:id, :type, :priority, :number, :lat, :lon,"
                        + " :description, :provinceId, :provinceName, :status, :created, :closed)")
                .param("id", i.id().toString())
                .param("type", i.type().name())
                .param("priority", i.priority().level())
                .param("number", firstCaller(i).value())
                .param("created", Timestamps.param(i.createdAt()))
                .params(mutable(i))
                .update();
        addCall(i.id(), i.linkedCalls().getFirst(), firstCaller(i), i.createdAt());
    }

    private static CallerNumber firstCaller(Incident i) {
        return Objects.requireNonNull(i.callerNumber(), "a new incident has its first caller's number");
    }

    @Override
    public void update(Incident i) {
        int updated = jdbc.sql("UPDATE incidents SET latitude = :lat, longitude = :lon, description = :description,"
                        + " province_id = :provinceId, province_name = :provinceName, status = :status,"
                        + " closed_at = :closed WHERE id = :id")
                .param("id", i.id().toString())
                .params(mutable(i))
                .update();
        if (updated != 1) {
            throw new IllegalStateException("no incident " + i.id());
        }
    }

    private static java.util.Map<String, Object> mutable(Incident i) {
        GeoPoint at = i.location();
        ProvinceRef province = i.province();
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("lat", new SqlParameterValue(Types.DOUBLE, at == null ? null : at.latitude()));
        p.put("lon", new SqlParameterValue(Types.DOUBLE, at == null ? null : at.longitude()));
        p.put("description", i.description());
        p.put("provinceId", new SqlParameterValue(Types.VARCHAR, province == null ? null : province.id()));
        p.put("provinceName", new SqlParameterValue(Types.VARCHAR, province == null ? null : province.name()));
        p.put("status", i.status().name());
        p.put("closed", Timestamps.param(i.closedAt()));
        return p;
    }

    @Override
    public void addCall(IncidentId incident, CallId call, CallerNumber number, Instant at) {
        jdbc.sql("INSERT INTO incident_calls (call_id, incident_id, caller_number, called_at)"
                        + " VALUES (:call, :incident, :number, :at)")
                .param("call", call.toString())
                .param("incident", incident.toString())
                .param("number", number.value())
                .param("at", Timestamps.param(at))
                .update();
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
        return read(id, "");
    }

    @Override
    public Optional<Incident> lock(IncidentId id) {
        return read(id, " FOR UPDATE");
    }

    private Optional<Incident> read(IncidentId id, String suffix) {
        List<CallId> calls = jdbc.sql("SELECT call_id FROM incident_calls WHERE incident_id = :id ORDER BY seq")
                .param("id", id.toString())
                .query((rs, row) -> new CallId(UUID.fromString(rs.getString("call_id"))))
                .list();
        return jdbc.sql("SELECT " + COLUMNS + " FROM incidents WHERE id = :id" + suffix)
                .param("id", id.toString())
                .query((rs, row) -> incident(rs, calls))
                .optional();
    }

    @Override
    public Optional<IncidentId> incidentOf(CallId call) {
        return jdbc.sql("SELECT incident_id FROM incident_calls WHERE call_id = :call")
                .param("call", call.toString())
                .query((rs, row) -> new IncidentId(UUID.fromString(rs.getString("incident_id"))))
                .optional();
    }

    @Override
    public Optional<IncidentId> openIncidentCalledFrom(CallerNumber number, Instant from, Instant to) {
        return jdbc.sql("SELECT c.incident_id FROM incident_calls c JOIN incidents i ON i.id = c.incident_id"
                        + " WHERE c.caller_number = :number AND c.called_at >= :from AND c.called_at <= :to"
                        + " AND i." + NOT_CLOSED
                        + " ORDER BY c.called_at DESC, i.created_at DESC, c.seq DESC FETCH FIRST 1 ROWS ONLY")
                .param("number", number.value())
                .param("from", Timestamps.param(from))
                .param("to", Timestamps.param(to))
                .query((rs, row) -> new IncidentId(UUID.fromString(rs.getString("incident_id"))))
                .optional();
    }

    @Override
    public List<IncidentSummary> open(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incidents WHERE " + NOT_CLOSED
                        + " ORDER BY priority, created_at, id FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query((rs, row) -> new IncidentSummary(
                        new IncidentId(UUID.fromString(rs.getString("id"))),
                        IncidentType.valueOf(rs.getString("type")),
                        Priority.ofLevel(rs.getInt("priority")).orElseThrow(),
                        IncidentStatus.valueOf(rs.getString("status")),
                        Timestamps.read(rs, "created_at"),
                        location(rs),
                        IncidentEventRows.province(rs)))
                .list();
    }

    @Override
    public void append(IncidentEvent event) {
        jdbc.sql(IncidentEventRows.INSERT)
                .params(IncidentEventRows.params(event))
                .update();
    }

    @Override
    public List<IncidentEvent> timeline(IncidentId id) {
        return jdbc.sql("SELECT " + IncidentEventRows.COLUMNS + " FROM incident_events WHERE incident_id = :id"
                        + " ORDER BY seq")
                .param("id", id.toString())
                .query(IncidentEventRows::event)
                .list();
    }

    private static Incident incident(ResultSet rs, List<CallId> calls) throws SQLException {
        return new Incident(
                new IncidentId(UUID.fromString(rs.getString("id"))),
                IncidentType.valueOf(rs.getString("type")),
                Priority.ofLevel(rs.getInt("priority")).orElseThrow(),
                callerNumber(rs.getString("caller_number")),
                location(rs),
                rs.getString("description"),
                IncidentEventRows.province(rs),
                IncidentStatus.valueOf(rs.getString("status")),
                Timestamps.read(rs, "created_at"),
                Timestamps.readNullable(rs, "closed_at"),
                calls);
    }

    /** The number, or null where the retention purge removed it. */
    private static @Nullable CallerNumber callerNumber(@Nullable String stored) {
        return stored == null ? null : new CallerNumber(stored);
    }

    private static @Nullable GeoPoint location(ResultSet rs) throws SQLException {
        double lat = rs.getDouble("latitude");
        return rs.wasNull() ? null : new GeoPoint(lat, rs.getDouble("longitude"));
    }
}
