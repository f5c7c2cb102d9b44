package org.amparo.store.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.amparo.core.alert.Alert;
import org.amparo.core.alert.AlertId;
import org.amparo.core.alert.AlertQuery;
import org.amparo.core.alert.AlertStatus;
import org.amparo.core.alert.AlertStore;
import org.amparo.core.alert.AlertType;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link AlertStore} on the {@code alerts} table. Uses the caller's transaction; thread-safe. */
public final class JdbcAlertStore implements AlertStore {
    private static final String COLUMNS = "id, type, order_id, rule_id, subject_id, authorization_id, status,"
            + " raised_at, latitude, longitude, acknowledged_by, acknowledged_at, escalated_at, resolved_by,"
            + " resolved_at, resolution_note";

    private final JdbcClient jdbc;

    public JdbcAlertStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void insert(Alert a) {
        GeoPoint position = a.position();
        jdbc.sql("INSERT INTO alerts (" + COLUMNS + ") VALUES (:id, :type, :order, :rule, :subject, :authorization,"
                        + " :status, :raised, :lat, :lon, :ackBy, :ackAt, :escAt, :resBy, :resAt, :note)")
                .param("id", a.id().toString())
                .param("type", a.type().name())
                .param("order", a.orderId().toString())
                .param("rule", a.ruleId())
                .param("subject", a.subjectId().toString())
                .param("authorization", a.authorizationId().toString())
                .param("raised", Timestamps.param(a.raisedAt()))
                .param("lat", position == null ? null : position.latitude(), Types.DOUBLE)
                .param("lon", position == null ? null : position.longitude(), Types.DOUBLE)
                .params(lifecycle(a))
                .update();
    }

    @Override
    public void update(Alert a) {
        int updated = jdbc.sql("UPDATE alerts SET status = :status, acknowledged_by = :ackBy,"
                        + " acknowledged_at = :ackAt, escalated_at = :escAt, resolved_by = :resBy,"
                        + " resolved_at = :resAt, resolution_note = :note WHERE id = :id")
                .param("id", a.id().toString())
                .params(lifecycle(a))
                .update();
        if (updated != 1) {
            throw new IllegalStateException("no alert " + a.id());
        }
    }

    private static Map<String, Object> lifecycle(Alert a) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("status", a.status().name());
        params.put("ackBy", new org.springframework.jdbc.core.SqlParameterValue(Types.VARCHAR, a.acknowledgedBy()));
        params.put("ackAt", Timestamps.param(a.acknowledgedAt()));
        params.put("escAt", Timestamps.param(a.escalatedAt()));
        params.put("resBy", new org.springframework.jdbc.core.SqlParameterValue(Types.VARCHAR, a.resolvedBy()));
        params.put("resAt", Timestamps.param(a.resolvedAt()));
        params.put("note", new org.springframework.jdbc.core.SqlParameterValue(Types.VARCHAR, a.resolutionNote()));
        return params;
    }

    @Override
    public Optional<Alert> find(AlertId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alerts WHERE id = :id")
                .param("id", id.toString())
                .query(JdbcAlertStore::alert)
                .optional();
    }

    @Override
    public Optional<Alert> findOpen(MonitoringOrderId order, String ruleId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alerts WHERE order_id = :order AND rule_id = :rule"
                        + " AND status <> 'RESOLVED' ORDER BY raised_at DESC FETCH FIRST 1 ROWS ONLY")
                .param("order", order.toString())
                .param("rule", ruleId)
                .query(JdbcAlertStore::alert)
                .optional();
    }

    @Override
    public List<Alert> list(AlertQuery q) {
        List<String> where = new ArrayList<>(List.of("1 = 1"));
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.since() != null) {
            where.add("raised_at >= :since");
            params.put("since", Timestamps.param(q.since()));
        }
        if (q.type() != null) {
            where.add("type = :type");
            params.put("type", q.type().name());
        }
        if (!q.statuses().isEmpty()) {
            where.add("status IN (:statuses)");
            params.put(
                    "statuses", q.statuses().stream().map(Enum::name).sorted().toList());
        }
        params.put("limit", q.limit());
        return jdbc.sql("SELECT " + COLUMNS + " FROM alerts WHERE " + String.join(" AND ", where)
                        + " ORDER BY raised_at DESC, id FETCH FIRST :limit ROWS ONLY")
                .params(params)
                .query(JdbcAlertStore::alert)
                .list();
    }

    @Override
    public List<Alert> raisedUnacknowledgedSince(Instant cutoff, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alerts WHERE status = 'RAISED' AND raised_at <= :cutoff"
                        + " ORDER BY raised_at, id FETCH FIRST :limit ROWS ONLY")
                .param("cutoff", Timestamps.param(cutoff))
                .param("limit", limit)
                .query(JdbcAlertStore::alert)
                .list();
    }

    @Override
    public List<Alert> forOrder(MonitoringOrderId order, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alerts WHERE order_id = :order"
                        + " ORDER BY raised_at DESC, id FETCH FIRST :limit ROWS ONLY")
                .param("order", order.toString())
                .param("limit", limit)
                .query(JdbcAlertStore::alert)
                .list();
    }

    private static Alert alert(ResultSet rs, int row) throws SQLException {
        double lat = rs.getDouble("latitude");
        GeoPoint position = rs.wasNull() ? null : new GeoPoint(lat, rs.getDouble("longitude"));
        return new Alert(
                AlertId.parse(rs.getString("id")),
                AlertType.valueOf(rs.getString("type")),
                MonitoringOrderId.parse(rs.getString("order_id")),
                rs.getString("rule_id"),
                SubjectId.parse(rs.getString("subject_id")),
                AuthorizationId.parse(rs.getString("authorization_id")),
                AlertStatus.valueOf(rs.getString("status")),
                Timestamps.read(rs, "raised_at"),
                position,
                rs.getString("acknowledged_by"),
                Timestamps.readNullable(rs, "acknowledged_at"),
                Timestamps.readNullable(rs, "escalated_at"),
                rs.getString("resolved_by"),
                Timestamps.readNullable(rs, "resolved_at"),
                rs.getString("resolution_note"));
    }
}
