package org.amparo.store.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.amparo.core.device.DeviceId;
import org.amparo.core.geo.rule.Dwell;
import org.amparo.core.geo.rule.Hysteresis;
import org.amparo.core.geo.rule.RuleKind;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.monitoring.MonitoringOrderDefinition;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.amparo.core.monitoring.MonitoringOrderStore;
import org.amparo.core.monitoring.OrderStatus;
import org.amparo.core.monitoring.ProtectedChannel;
import org.amparo.core.monitoring.RuleSpec;
import org.amparo.core.monitoring.ScheduleText;
import org.amparo.core.monitoring.ZoneDefId;
import org.amparo.store.Timestamps;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link MonitoringOrderStore} on {@code monitoring_orders} and {@code monitoring_rules}. Uses the
 * caller's transaction when there is one. Thread-safe.
 */
public final class JdbcMonitoringOrderStore implements MonitoringOrderStore {
    private static final String ORDER_COLUMNS =
            "id, authorization_id, subject_id, device_id, status, created_by, created_at, ended_at";
    private static final String RULE_COLUMNS = "order_id, rule_id, position, kind, zone_ids, protected_device_id,"
            + " distance_m, max_gap_seconds, threshold_percent, margin_m, dwell_seconds, dwell_fixes, schedule,"
            + " protected_channel";

    private final JdbcClient jdbc;

    public JdbcMonitoringOrderStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void insert(MonitoringOrderDefinition o) {
        jdbc.sql("INSERT INTO monitoring_orders (" + ORDER_COLUMNS
                        + ") VALUES (:id, :authorization, :subject, :device, :status, :by, :at, :ended)")
                .param("id", o.id().toString())
                .param("authorization", o.authorizationId().toString())
                .param("subject", o.subjectId().toString())
                .param("device", o.deviceId().toString())
                .param("status", o.status().name())
                .param("by", o.createdBy())
                .param("at", Timestamps.param(o.createdAt()))
                .param("ended", Timestamps.param(o.endedAt()))
                .update();
        for (int i = 0; i < o.rules().size(); i++) {
            insertRule(o.id(), i, o.rules().get(i));
        }
    }

    private void insertRule(MonitoringOrderId order, int position, RuleSpec r) {
        DeviceId protectedDevice = r.protectedDeviceId();
        Duration gap = r.maxGap();
        ProtectedChannel channel = r.protectedChannel();
        jdbc.sql(
                        "INSERT INTO monitoring_rules (" + RULE_COLUMNS + ") VALUES (:order, :rule, :position, :kind,"
                                + " :zones, :protected, :distance, :gap, :threshold, :margin, :dwell, :fixes, :schedule, :channel)")
                .param("order", order.toString())
                .param("rule", r.id())
                .param("position", position)
                .param("kind", r.type().name())
                .param(
                        "zones",
                        String.join(
                                ",",
                                r.zoneIds().stream().map(ZoneDefId::toString).toList()))
                .param("protected", protectedDevice == null ? null : protectedDevice.toString(), Types.VARCHAR)
                .param("distance", r.distanceMeters(), Types.DOUBLE)
                .param("gap", gap == null ? null : gap.toSeconds(), Types.BIGINT)
                .param("threshold", r.thresholdPercent(), Types.DOUBLE)
                .param("margin", r.hysteresis().marginMeters())
                .param("dwell", r.hysteresis().dwell().minDuration().toSeconds())
                .param("fixes", r.hysteresis().dwell().minFixes())
                .param("schedule", r.schedule() == null ? null : ScheduleText.format(r.schedule()), Types.VARCHAR)
                .param("channel", channel == null ? null : channel.stored(), Types.VARCHAR)
                .update();
    }

    @Override
    public Optional<MonitoringOrderDefinition> find(MonitoringOrderId id) {
        return load("o.id = :id", Map.of("id", id.toString())).stream().findFirst();
    }

    @Override
    public List<MonitoringOrderDefinition> active() {
        return load("o.status = 'ACTIVE'", Map.of());
    }

    @Override
    public List<MonitoringOrderDefinition> activeUnder(AuthorizationId authorization) {
        return load(
                "o.status = 'ACTIVE' AND o.authorization_id = :authorization",
                Map.of("authorization", authorization.toString()));
    }

    @Override
    public boolean end(MonitoringOrderId id, Instant at) {
        return jdbc.sql("UPDATE monitoring_orders SET status = 'ENDED', ended_at = :at"
                                + " WHERE id = :id AND status = 'ACTIVE'")
                        .param("at", Timestamps.param(at))
                        .param("id", id.toString())
                        .update()
                > 0;
    }

    /** The orders matching {@code where} (on alias {@code o}) with their rules, oldest first. */
    private List<MonitoringOrderDefinition> load(String where, Map<String, ?> params) {
        Map<String, List<RuleSpec>> rules = new LinkedHashMap<>();
        jdbc.sql("SELECT r.* FROM monitoring_rules r JOIN monitoring_orders o ON o.id = r.order_id WHERE " + where
                        + " ORDER BY r.order_id, r.position")
                .params(params)
                .query(rs -> {
                    rules.computeIfAbsent(rs.getString("order_id"), k -> new ArrayList<>())
                            .add(rule(rs));
                });
        return jdbc.sql("SELECT " + ORDER_COLUMNS + " FROM monitoring_orders o WHERE " + where
                        + " ORDER BY o.created_at, o.id")
                .params(params)
                .query((rs, row) -> order(rs, rules.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }

    private static MonitoringOrderDefinition order(ResultSet rs, List<RuleSpec> rules) throws SQLException {
        return new MonitoringOrderDefinition(
                MonitoringOrderId.parse(rs.getString("id")),
                AuthorizationId.parse(rs.getString("authorization_id")),
                SubjectId.parse(rs.getString("subject_id")),
                DeviceId.parse(rs.getString("device_id")),
                rules,
                rs.getString("created_by"),
                Timestamps.read(rs, "created_at"),
                OrderStatus.valueOf(rs.getString("status")),
                Timestamps.readNullable(rs, "ended_at"));
    }

    private static RuleSpec rule(ResultSet rs) throws SQLException {
        String zones = rs.getString("zone_ids");
        String protectedDevice = rs.getString("protected_device_id");
        String schedule = rs.getString("schedule");
        String channel = rs.getString("protected_channel");
        return new RuleSpec(
                rs.getString("rule_id"),
                RuleKind.valueOf(rs.getString("kind")),
                zones.isEmpty()
                        ? List.of()
                        : Arrays.stream(zones.split(",")).map(ZoneDefId::parse).toList(),
                protectedDevice == null ? null : DeviceId.parse(protectedDevice),
                nullableDouble(rs, "distance_m"),
                rs.getObject("max_gap_seconds") == null ? null : Duration.ofSeconds(rs.getLong("max_gap_seconds")),
                nullableDouble(rs, "threshold_percent"),
                new Hysteresis(
                        rs.getDouble("margin_m"),
                        new Dwell(Duration.ofSeconds(rs.getLong("dwell_seconds")), rs.getInt("dwell_fixes"))),
                schedule == null ? null : ScheduleText.parse(schedule),
                channel == null ? null : ProtectedChannel.parse(channel));
    }

    private static @Nullable Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
