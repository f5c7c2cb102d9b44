package org.amparo.store.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.amparo.core.device.DeviceId;
import org.amparo.core.dispatch.IncidentId;
import org.amparo.core.dispatch.Unit;
import org.amparo.core.dispatch.UnitId;
import org.amparo.core.dispatch.UnitPosition;
import org.amparo.core.dispatch.UnitStatus;
import org.amparo.core.dispatch.UnitStore;
import org.amparo.core.dispatch.UnitType;
import org.amparo.core.geo.GeoPoint;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link UnitStore} on {@code units}. A position update is one conditional {@code UPDATE} (only a newer fix wins),
 * so concurrent fixes of one device need no lock. Uses the caller's transaction; thread-safe.
 */
public final class JdbcUnitStore implements UnitStore {
    private static final String COLUMNS = "id, call_sign, type, station, crew_size, status, device_id, assignment_id,"
            + " latitude, longitude, position_at";

    private final JdbcClient jdbc;

    public JdbcUnitStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void insert(Unit u) {
        UnitPosition at = u.lastPosition();
        jdbc.sql("INSERT INTO units (" + COLUMNS + ") VALUES (:id, :callSign, :type, :station, :crew, :status,"
                        + " :device, :assignment, :lat, :lon, :at)")
                .param("id", u.id().toString())
                .param("callSign", u.callSign())
                .param("type", u.type().name())
                .param("station", u.station())
                .param("crew", u.crewSize())
                .param("status", u.status().name())
                .param("device", text(u.device()))
                .param("assignment", text(u.assignment()))
                .param(
                        "lat",
                        new SqlParameterValue(
                                Types.DOUBLE, at == null ? null : at.point().latitude()))
                .param(
                        "lon",
                        new SqlParameterValue(
                                Types.DOUBLE, at == null ? null : at.point().longitude()))
                .param("at", Timestamps.param(at == null ? null : at.at()))
                .update();
    }

    @Override
    public void update(Unit u) {
        int updated = jdbc.sql("UPDATE units SET status = :status, assignment_id = :assignment WHERE id = :id")
                .param("id", u.id().toString())
                .param("status", u.status().name())
                .param("assignment", text(u.assignment()))
                .update();
        if (updated != 1) {
            throw new IllegalStateException("no unit " + u.id());
        }
    }

    @Override
    public boolean updatePosition(UnitId id, UnitPosition position) {
        return jdbc.sql("UPDATE units SET latitude = :lat, longitude = :lon, position_at = :at"
                                + " WHERE id = :id AND (position_at IS NULL OR position_at <= :at)")
                        .param("id", id.toString())
                        .param("lat", position.point().latitude())
                        .param("lon", position.point().longitude())
                        .param("at", Timestamps.param(position.at()))
                        .update()
                == 1;
    }

    @Override
    public Optional<Unit> find(UnitId id) {
        return one("id = :key", id.toString(), "");
    }

    @Override
    public Optional<Unit> lock(UnitId id) {
        return one("id = :key", id.toString(), " FOR UPDATE");
    }

    @Override
    public Optional<Unit> findByCallSign(String callSign) {
        return one("call_sign = :key", callSign, "");
    }

    @Override
    public Optional<Unit> findByDevice(DeviceId device) {
        return one("device_id = :key", device.toString(), "");
    }

    private Optional<Unit> one(String where, String key, String suffix) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM units WHERE " + where + suffix)
                .param("key", key)
                .query(JdbcUnitStore::unit)
                .optional();
    }

    @Override
    public List<Unit> all(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM units ORDER BY call_sign, id FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query(JdbcUnitStore::unit)
                .list();
    }

    @Override
    public List<Unit> inStatus(UnitStatus status) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM units WHERE status = :status ORDER BY call_sign, id")
                .param("status", status.name())
                .query(JdbcUnitStore::unit)
                .list();
    }

    @Override
    public List<Unit> assignedTo(IncidentId incident) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM units WHERE assignment_id = :incident ORDER BY call_sign, id")
                .param("incident", incident.toString())
                .query(JdbcUnitStore::unit)
                .list();
    }

    private static SqlParameterValue text(@org.jspecify.annotations.Nullable Object id) {
        return new SqlParameterValue(Types.VARCHAR, id == null ? null : id.toString());
    }

    private static Unit unit(ResultSet rs, int row) throws SQLException {
        double lat = rs.getDouble("latitude");
        UnitPosition position = rs.wasNull()
                ? null
                : new UnitPosition(new GeoPoint(lat, rs.getDouble("longitude")), Timestamps.read(rs, "position_at"));
        String device = rs.getString("device_id");
        String assignment = rs.getString("assignment_id");
        return new Unit(
                new UnitId(UUID.fromString(rs.getString("id"))),
                rs.getString("call_sign"),
                UnitType.valueOf(rs.getString("type")),
                rs.getString("station"),
                rs.getInt("crew_size"),
                UnitStatus.valueOf(rs.getString("status")),
                position,
                device == null ? null : new DeviceId(UUID.fromString(device)),
                assignment == null ? null : new IncidentId(UUID.fromString(assignment)));
    }
}
