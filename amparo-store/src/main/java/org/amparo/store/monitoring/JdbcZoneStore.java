package org.amparo.store.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.monitoring.ZoneDefId;
import org.amparo.core.monitoring.ZoneDefinition;
import org.amparo.core.monitoring.ZoneShape;
import org.amparo.core.monitoring.ZoneStore;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ZoneStore} on the {@code zones} table; polygons as WKT. Thread-safe. */
public final class JdbcZoneStore implements ZoneStore {
    private static final String COLUMNS =
            "id, name, shape, centre_lat, centre_lon, radius_m, area_wkt, created_by, created_at";

    private final JdbcClient jdbc;

    public JdbcZoneStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void insert(ZoneDefinition zone) {
        var statement = jdbc.sql("INSERT INTO zones (" + COLUMNS
                        + ") VALUES (:id, :name, :shape, :lat, :lon, :radius, :wkt, :by, :at)")
                .param("id", zone.id().toString())
                .param("name", zone.name())
                .param("by", zone.createdBy())
                .param("at", Timestamps.param(zone.createdAt()));
        switch (zone.shape()) {
            case ZoneShape.Circle c ->
                statement
                        .param("shape", "CIRCLE")
                        .param("lat", c.centre().latitude())
                        .param("lon", c.centre().longitude())
                        .param("radius", c.radiusMeters())
                        .param("wkt", null, java.sql.Types.VARCHAR);
            case ZoneShape.Area a ->
                statement
                        .param("shape", "AREA")
                        .param("lat", null, java.sql.Types.DOUBLE)
                        .param("lon", null, java.sql.Types.DOUBLE)
                        .param("radius", null, java.sql.Types.DOUBLE)
                        .param("wkt", a.area().toWkt());
        }
        statement.update();
    }

    @Override
    public Optional<ZoneDefinition> find(ZoneDefId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM zones WHERE id = :id")
                .param("id", id.toString())
                .query(JdbcZoneStore::zone)
                .optional();
    }

    private static ZoneDefinition zone(ResultSet rs, int row) throws SQLException {
        ZoneShape shape = "CIRCLE".equals(rs.getString("shape"))
                ? new ZoneShape.Circle(
                        new GeoPoint(rs.getDouble("centre_lat"), rs.getDouble("centre_lon")), rs.getDouble("radius_m"))
                : new ZoneShape.Area(GeoArea.parseWkt(rs.getString("area_wkt")));
        return new ZoneDefinition(
                ZoneDefId.parse(rs.getString("id")),
                rs.getString("name"),
                shape,
                rs.getString("created_by"),
                Timestamps.read(rs, "created_at"));
    }
}
