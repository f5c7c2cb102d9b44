package org.amparo.store.face;

import java.time.Instant;
import javax.sql.DataSource;
import org.amparo.core.device.DeviceId;
import org.amparo.core.device.DeviceKind;
import org.amparo.core.face.CameraStandIns;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link CameraStandIns} in {@code devices}: a disabled {@code CAMERA} device whose token hash no
 * secret has (all zeros), so it can never report by itself. Inserted only when missing; two nodes
 * creating the same stand-in at the same instant make one of the two transactions fail and the
 * listener's caller log it. Thread-safe.
 */
public final class JdbcCameraStandIns implements CameraStandIns {
    private static final String NO_TOKEN = "0".repeat(64);

    private final JdbcClient jdbc;

    public JdbcCameraStandIns(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void ensure(DeviceId id, String identifier, String label, Instant at) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM devices WHERE id = :id")
                        .param("id", id.toString())
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            return;
        }
        jdbc.sql("INSERT INTO devices (id, identifier, kind, label, token_sha256, created_at, created_by, enabled)"
                        + " VALUES (:id, :identifier, :kind, :label, :token, :at, :by, FALSE)")
                .param("id", id.toString())
                .param("identifier", identifier)
                .param("kind", DeviceKind.CAMERA.name())
                .param("label", label)
                .param("token", NO_TOKEN)
                .param("at", Timestamps.param(at))
                .param("by", "amparo")
                .update();
    }
}
