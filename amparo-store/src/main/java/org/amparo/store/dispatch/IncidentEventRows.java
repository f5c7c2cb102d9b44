package org.amparo.store.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.amparo.core.dispatch.CallId;
import org.amparo.core.dispatch.IncidentEvent;
import org.amparo.core.dispatch.IncidentId;
import org.amparo.core.dispatch.IncidentStatus;
import org.amparo.core.dispatch.IncidentType;
import org.amparo.core.dispatch.Priority;
import org.amparo.core.dispatch.ProvinceRef;
import org.amparo.core.dispatch.UnitId;
import org.amparo.core.dispatch.UnitStatus;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.emergency.LocationSource;
import org.amparo.store.Timestamps;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;

/** Maps timeline entries to rows of {@code incident_events} and back; one kind name per entry type. Stateless. */
final class IncidentEventRows {
    static final String INSERT = "INSERT INTO incident_events (incident_id, kind, actor, occurred_at, incident_type,"
            + " priority, call_id, latitude, longitude, province_id, province_name, unit_id, call_sign, from_status,"
            + " to_status, source, located, note) VALUES (:incident, :kind, :actor, :at, :type, :priority, :call, :lat,"
            + " :lon, :provinceId, :provinceName, :unit, :callSign, :from, :to, :source, :located, :note)";

    static final String COLUMNS = "incident_id, kind, actor, occurred_at, incident_type, priority, call_id, latitude,"
            + " longitude, province_id, province_name, unit_id, call_sign, from_status, to_status, source, located, note";

    private IncidentEventRows() {}

    /** The parameters of {@link #INSERT} for {@code event}. */
    static Map<String, Object> params(IncidentEvent event) {
        Map<String, Object> p = new HashMap<>();
        for (String name : new String[] {
            "type", "call", "provinceId", "provinceName", "unit", "callSign", "from", "to", "source", "note"
        }) {
            p.put(name, new SqlParameterValue(Types.VARCHAR, null));
        }
        p.put("priority", new SqlParameterValue(Types.INTEGER, null));
        p.put("lat", new SqlParameterValue(Types.DOUBLE, null));
        p.put("lon", new SqlParameterValue(Types.DOUBLE, null));
        p.put("located", new SqlParameterValue(Types.BOOLEAN, null));
        p.put("incident", event.incident().toString());
        p.put("actor", event.actor());
        p.put("at", Timestamps.param(event.at()));
        p.put("kind", kind(event));
        switch (event) {
            case IncidentEvent.Opened o -> {
                p.put("type", o.type().name());
                p.put("priority", o.priority().level());
            }
            case IncidentEvent.CallLinked c -> p.put("call", c.call().toString());
            case IncidentEvent.Located l -> located(p, l.location(), l.province());
            case IncidentEvent.UnitDispatched d -> {
                p.put("unit", d.unit().toString());
                p.put("callSign", d.callSign());
            }
            case IncidentEvent.UnitStatusChanged u -> {
                p.put("unit", u.unit().toString());
                p.put("from", u.from().name());
                p.put("to", u.to().name());
            }
            case IncidentEvent.StatusChanged s -> {
                p.put("from", s.from().name());
                p.put("to", s.to().name());
            }
            case IncidentEvent.CallerLocationReceived r -> {
                p.put("source", r.source().name());
                p.put("located", r.located());
            }
            case IncidentEvent.NoteAdded n -> p.put("note", n.text());
        }
        return p;
    }

    private static void located(Map<String, Object> p, GeoPoint point, @Nullable ProvinceRef province) {
        p.put("lat", point.latitude());
        p.put("lon", point.longitude());
        if (province != null) {
            p.put("provinceId", province.id());
            p.put("provinceName", province.name());
        }
    }

    static String kind(IncidentEvent event) {
        return switch (event) {
            case IncidentEvent.Opened o -> "OPENED";
            case IncidentEvent.CallLinked c -> "CALL_LINKED";
            case IncidentEvent.Located l -> "LOCATED";
            case IncidentEvent.UnitDispatched d -> "UNIT_DISPATCHED";
            case IncidentEvent.UnitStatusChanged u -> "UNIT_STATUS_CHANGED";
            case IncidentEvent.StatusChanged s -> "STATUS_CHANGED";
            case IncidentEvent.CallerLocationReceived r -> "CALLER_LOCATION_RECEIVED";
            case IncidentEvent.NoteAdded n -> "NOTE_ADDED";
        };
    }

    static IncidentEvent event(ResultSet rs, int row) throws SQLException {
        IncidentId incident = new IncidentId(UUID.fromString(rs.getString("incident_id")));
        String actor = rs.getString("actor");
        var at = Timestamps.read(rs, "occurred_at");
        String kind = rs.getString("kind");
        return switch (kind) {
            case "OPENED" ->
                new IncidentEvent.Opened(
                        incident,
                        actor,
                        at,
                        IncidentType.valueOf(rs.getString("incident_type")),
                        Priority.ofLevel(rs.getInt("priority")).orElseThrow());
            case "CALL_LINKED" ->
                new IncidentEvent.CallLinked(incident, actor, at, new CallId(UUID.fromString(rs.getString("call_id"))));
            case "LOCATED" ->
                new IncidentEvent.Located(
                        incident,
                        actor,
                        at,
                        new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
                        province(rs));
            case "UNIT_DISPATCHED" ->
                new IncidentEvent.UnitDispatched(incident, actor, at, unit(rs), rs.getString("call_sign"));
            case "UNIT_STATUS_CHANGED" ->
                new IncidentEvent.UnitStatusChanged(
                        incident,
                        actor,
                        at,
                        unit(rs),
                        UnitStatus.valueOf(rs.getString("from_status")),
                        UnitStatus.valueOf(rs.getString("to_status")));
            case "STATUS_CHANGED" ->
                new IncidentEvent.StatusChanged(
                        incident,
                        actor,
                        at,
                        IncidentStatus.valueOf(rs.getString("from_status")),
                        IncidentStatus.valueOf(rs.getString("to_status")));
            case "CALLER_LOCATION_RECEIVED" ->
                new IncidentEvent.CallerLocationReceived(
                        incident, actor, at, LocationSource.valueOf(rs.getString("source")), rs.getBoolean("located"));
            case "NOTE_ADDED" -> new IncidentEvent.NoteAdded(incident, actor, at, rs.getString("note"));
            default -> throw new IllegalStateException("unknown timeline entry kind " + kind);
        };
    }

    private static UnitId unit(ResultSet rs) throws SQLException {
        return new UnitId(UUID.fromString(rs.getString("unit_id")));
    }

    static @Nullable ProvinceRef province(ResultSet rs) throws SQLException {
        String id = rs.getString("province_id");
        return id == null ? null : new ProvinceRef(id, rs.getString("province_name"));
    }
}
