package org.amparo.store.geo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.amparo.core.geo.AdminArea;
import org.amparo.core.geo.AdminAreaStore;
import org.amparo.core.geo.GeoArea;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link AdminAreaStore} on {@code admin_areas}; the boundary is kept as WKT in an unbounded text
 * column (a province can exceed a megabyte). Upserts are an update, then an insert when nothing was
 * updated: run them in a transaction when two writers may import the same area at once.
 * Thread-safe.
 */
public final class JdbcAdminAreaStore implements AdminAreaStore {
    private static final String SELECT = "SELECT id, name, admin_level, iso_code, wkt FROM admin_areas";

    private final JdbcClient jdbc;

    public JdbcAdminAreaStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void upsert(AdminArea area) {
        String wkt = area.area().toWkt();
        int updated = jdbc.sql("""
                        UPDATE admin_areas SET name = :name, admin_level = :level, iso_code = :iso, wkt = :wkt
                        WHERE id = :id""")
                .param("id", area.id())
                .param("name", area.name())
                .param("level", area.level())
                .param("iso", area.isoCode())
                .param("wkt", wkt)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO admin_areas (id, name, admin_level, iso_code, wkt)
                            VALUES (:id, :name, :level, :iso, :wkt)""")
                    .param("id", area.id())
                    .param("name", area.name())
                    .param("level", area.level())
                    .param("iso", area.isoCode())
                    .param("wkt", wkt)
                    .update();
        }
    }

    @Override
    public Optional<AdminArea> find(String id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query(JdbcAdminAreaStore::area)
                .optional();
    }

    @Override
    public List<AdminArea> level(int level) {
        return jdbc.sql(SELECT + " WHERE admin_level = :level ORDER BY name, id")
                .param("level", level)
                .query(JdbcAdminAreaStore::area)
                .list();
    }

    private static AdminArea area(ResultSet rs, int row) throws SQLException {
        return new AdminArea(
                rs.getString("id"),
                rs.getString("name"),
                rs.getInt("admin_level"),
                rs.getString("iso_code"),
                GeoArea.parseWkt(rs.getString("wkt")));
    }
}
