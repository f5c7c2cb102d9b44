package org.amparo.store.device;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.amparo.core.device.Device;
import org.amparo.core.device.DeviceBinding;
import org.amparo.core.device.DeviceId;
import org.amparo.core.device.DeviceKind;
import org.amparo.core.device.DeviceStore;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link DeviceStore} on the {@code devices} and {@code device_bindings} tables. Uses the caller's
 * transaction when there is one. Thread-safe.
 */
public final class JdbcDeviceStore implements DeviceStore {
    private static final String DEVICE_COLUMNS =
            "id, identifier, kind, label, token_sha256, created_at, created_by, enabled";
    private static final String BINDING_COLUMNS =
            "device_id, bound_from, bound_until, subject_id, authorization_id, bound_by";

    private final JdbcClient jdbc;

    public JdbcDeviceStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void insert(Device d) {
        jdbc.sql("INSERT INTO devices (" + DEVICE_COLUMNS
                        + ") VALUES (:id, :identifier, :kind, :label, :token, :at, :by, :enabled)")
                .param("id", d.id().toString())
                .param("identifier", d.identifier())
                .param("kind", d.kind().name())
                .param("label", d.label())
                .param("token", d.tokenSha256())
                .param("at", Timestamps.param(d.createdAt()))
                .param("by", d.createdBy())
                .param("enabled", d.enabled())
                .update();
    }

    @Override
    public Optional<Device> find(DeviceId id) {
        return jdbc.sql("SELECT " + DEVICE_COLUMNS + " FROM devices WHERE id = :id")
                .param("id", id.toString())
                .query(JdbcDeviceStore::device)
                .optional();
    }

    @Override
    public Optional<Device> findByIdentifier(String identifier) {
        return jdbc.sql("SELECT " + DEVICE_COLUMNS + " FROM devices WHERE identifier = :identifier")
                .param("identifier", identifier)
                .query(JdbcDeviceStore::device)
                .optional();
    }

    @Override
    public List<Device> all(int limit) {
        return jdbc.sql("SELECT " + DEVICE_COLUMNS + " FROM devices ORDER BY identifier FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query(JdbcDeviceStore::device)
                .list();
    }

    @Override
    public void bind(DeviceBinding b) {
        jdbc.sql("INSERT INTO device_bindings (" + BINDING_COLUMNS
                        + ") VALUES (:device, :from, :until, :subject, :authorization, :by)")
                .param("device", b.deviceId().toString())
                .param("from", Timestamps.param(b.from()))
                .param("until", Timestamps.param(b.until()))
                .param("subject", b.subjectId().toString())
                .param("authorization", b.authorizationId().toString())
                .param("by", b.boundBy())
                .update();
    }

    @Override
    public boolean unbind(DeviceId device, Instant at) {
        return jdbc.sql(
                                "UPDATE device_bindings SET bound_until = :at WHERE device_id = :device AND bound_until IS NULL")
                        .param("at", Timestamps.param(at))
                        .param("device", device.toString())
                        .update()
                > 0;
    }

    @Override
    public Optional<DeviceBinding> bindingAt(DeviceId device, Instant at) {
        return jdbc.sql("SELECT " + BINDING_COLUMNS + " FROM device_bindings WHERE device_id = :device"
                        + " AND bound_from <= :at AND (bound_until IS NULL OR bound_until > :at)"
                        + " ORDER BY bound_from DESC FETCH FIRST 1 ROWS ONLY")
                .param("device", device.toString())
                .param("at", Timestamps.param(at))
                .query(JdbcDeviceStore::binding)
                .optional();
    }

    /** Most values bound to one {@code IN} list. */
    private static final int IN_CHUNK = 500;

    @Override
    public Map<String, Device> findByIdentifiers(Collection<String> identifiers) {
        Map<String, Device> found = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(identifiers))) {
            jdbc.sql("SELECT " + DEVICE_COLUMNS + " FROM devices WHERE identifier IN (:identifiers)")
                    .param("identifiers", chunk)
                    .query(JdbcDeviceStore::device)
                    .list()
                    .forEach(device -> found.put(device.identifier(), device));
        }
        return found;
    }

    @Override
    public Map<DeviceId, DeviceBinding> bindingsAt(Collection<DeviceId> devices, Instant at) {
        Map<DeviceId, DeviceBinding> found = new HashMap<>();
        List<String> ids = devices.stream().map(DeviceId::toString).toList();
        for (List<String> chunk : chunks(ids)) {
            jdbc.sql("SELECT " + BINDING_COLUMNS + " FROM device_bindings WHERE device_id IN (:devices)"
                            + " AND bound_from <= :at AND (bound_until IS NULL OR bound_until > :at)")
                    .param("devices", chunk)
                    .param("at", Timestamps.param(at))
                    .query(JdbcDeviceStore::binding)
                    .list()
                    .forEach(binding -> found.merge(
                            binding.deviceId(), binding, (a, b) -> a.from().isAfter(b.from()) ? a : b));
        }
        return found;
    }

    private static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < values.size(); i += IN_CHUNK) {
            chunks.add(values.subList(i, Math.min(values.size(), i + IN_CHUNK)));
        }
        return chunks;
    }

    private static Device device(ResultSet rs, int row) throws SQLException {
        return new Device(
                DeviceId.parse(rs.getString("id")),
                rs.getString("identifier"),
                DeviceKind.valueOf(rs.getString("kind")),
                rs.getString("label"),
                rs.getString("token_sha256"),
                Timestamps.read(rs, "created_at"),
                rs.getString("created_by"),
                rs.getBoolean("enabled"));
    }

    private static DeviceBinding binding(ResultSet rs, int row) throws SQLException {
        return new DeviceBinding(
                DeviceId.parse(rs.getString("device_id")),
                SubjectId.parse(rs.getString("subject_id")),
                AuthorizationId.parse(rs.getString("authorization_id")),
                Timestamps.read(rs, "bound_from"),
                Timestamps.readNullable(rs, "bound_until"),
                rs.getString("bound_by"));
    }
}
