package org.amparo.store.face;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.amparo.core.camera.Camera;
import org.amparo.core.camera.CameraId;
import org.amparo.core.camera.CameraStore;
import org.amparo.core.geo.GeoPoint;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link CameraStore} on the {@code cameras} table. Uses the caller's transaction; thread-safe. */
public final class JdbcCameraStore implements CameraStore {
    private static final String COLUMNS =
            "id, name, latitude, longitude, province, source_url, enabled, created_at, created_by";

    private final JdbcClient jdbc;

    public JdbcCameraStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void insert(Camera c) {
        jdbc.sql("INSERT INTO cameras (" + COLUMNS + ") VALUES (:id, :name, :lat, :lon, :province, :url, :enabled,"
                        + " :at, :by)")
                .param("id", c.id().toString())
                .param("name", c.name())
                .param("lat", c.position().latitude())
                .param("lon", c.position().longitude())
                .param("province", c.province())
                .param("url", c.sourceUrl(), Types.VARCHAR)
                .param("enabled", c.enabled())
                .param("at", Timestamps.param(c.createdAt()))
                .param("by", c.createdBy())
                .update();
    }

    @Override
    public void update(Camera c) {
        int updated = jdbc.sql("UPDATE cameras SET enabled = :enabled WHERE id = :id")
                .param("id", c.id().toString())
                .param("enabled", c.enabled())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("no camera " + c.id());
        }
    }

    @Override
    public Optional<Camera> find(CameraId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cameras WHERE id = :id")
                .param("id", id.toString())
                .query(JdbcCameraStore::camera)
                .optional();
    }

    @Override
    public List<Camera> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cameras ORDER BY name, id")
                .query(JdbcCameraStore::camera)
                .list();
    }

    @Override
    public void setTokenSha256(CameraId id, String tokenSha256) {
        int updated = jdbc.sql("UPDATE cameras SET token_sha256 = :token WHERE id = :id")
                .param("id", id.toString())
                .param("token", tokenSha256)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("no camera " + id);
        }
    }

    @Override
    public Optional<String> tokenSha256(CameraId id) {
        return jdbc.sql("SELECT token_sha256 FROM cameras WHERE id = :id AND token_sha256 IS NOT NULL")
                .param("id", id.toString())
                .query(String.class)
                .optional();
    }

    private static Camera camera(ResultSet rs, int row) throws SQLException {
        return new Camera(
                CameraId.parse(rs.getString("id")),
                rs.getString("name"),
                new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
                rs.getString("province"),
                rs.getString("source_url"),
                rs.getBoolean("enabled"),
                Timestamps.read(rs, "created_at"),
                rs.getString("created_by"));
    }
}
