package org.amparo.store.legal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.AuthorizationStatus;
import org.amparo.core.legal.AuthorizationStore;
import org.amparo.core.legal.SubjectId;
import org.amparo.store.Timestamps;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link AuthorizationStore} on {@code authorizations}, with the scope's areas (as WKT, in list
 * order) in {@code authorization_areas} and its cameras in {@code authorization_cameras}. An urgent
 * request's decision deadline is stored at insert so that {@link #dueToEnd} is one indexed query.
 *
 * <p>Uses the caller's transaction when there is one; {@link #findForUpdate} needs one to hold its
 * row lock. Database failures surface as Spring's {@code DataAccessException}. Thread-safe.
 */
public final class JdbcAuthorizationStore implements AuthorizationStore {
    /** Authorizations whose areas and cameras are loaded with one query each. */
    private static final int CHILD_BATCH = 500;

    private static final String SELECT = "SELECT " + AuthorizationRows.COLUMNS + " FROM authorizations ";

    private final JdbcClient jdbc;

    public JdbcAuthorizationStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void insert(Authorization authorization) {
        jdbc.sql(AuthorizationRows.INSERT)
                .params(AuthorizationRows.params(authorization))
                .update();
        String id = authorization.id().toString();
        List<GeoArea> areas = authorization.scope().areas();
        for (int i = 0; i < areas.size(); i++) {
            jdbc.sql("INSERT INTO authorization_areas (authorization_id, area_index, wkt) VALUES (:id, :i, :wkt)")
                    .param("id", id)
                    .param("i", i)
                    .param("wkt", areas.get(i).toWkt())
                    .update();
        }
        for (String camera : authorization.scope().cameraIds()) {
            jdbc.sql("INSERT INTO authorization_cameras (authorization_id, camera_id) VALUES (:id, :camera)")
                    .param("id", id)
                    .param("camera", camera)
                    .update();
        }
    }

    /** @throws IllegalStateException when no authorization with that id is stored */
    @Override
    public void update(Authorization authorization) {
        int changed = jdbc.sql("""
                        UPDATE authorizations SET status = :status,
                            decision_by = :decisionBy, decision_at = :decisionAt, decision_reason = :decisionReason,
                            end_by = :endBy, end_at = :endAt, end_reason = :endReason
                        WHERE id = :id""")
                .params(AuthorizationRows.stateParams(authorization))
                .update();
        if (changed != 1) {
            throw new IllegalStateException("no stored authorization " + authorization.id() + " to update");
        }
    }

    @Override
    public Optional<Authorization> find(AuthorizationId id) {
        return one(SELECT + "WHERE id = :id", id);
    }

    @Override
    public Map<AuthorizationId, Authorization> findAll(Collection<AuthorizationId> ids) {
        Map<AuthorizationId, Authorization> found = new HashMap<>();
        List<String> texts =
                ids.stream().map(AuthorizationId::toString).distinct().toList();
        for (int from = 0; from < texts.size(); from += CHILD_BATCH) {
            List<AuthorizationRows> rows = jdbc.sql(SELECT + "WHERE id IN (:ids)")
                    .param("ids", texts.subList(from, Math.min(texts.size(), from + CHILD_BATCH)))
                    .query(AuthorizationRows::read)
                    .list();
            withScopes(rows).forEach(a -> found.put(a.id(), a));
        }
        return found;
    }

    @Override
    public Optional<Authorization> findForUpdate(AuthorizationId id) {
        return one(SELECT + "WHERE id = :id FOR UPDATE", id);
    }

    @Override
    public List<Authorization> forSubject(SubjectId subjectId) {
        return withScopes(jdbc.sql(SELECT + "WHERE subject_id = :subject ORDER BY requested_at DESC, id DESC")
                .param("subject", subjectId.toString())
                .query(AuthorizationRows::read)
                .list());
    }

    @Override
    public List<Authorization> list(@Nullable AuthorizationStatus status, int limit) {
        String where = status == null ? "" : "WHERE status = :status ";
        var spec = jdbc.sql(SELECT + where + "ORDER BY requested_at DESC, id DESC LIMIT :limit")
                .param("limit", limit);
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        return withScopes(spec.query(AuthorizationRows::read).list());
    }

    @Override
    public List<Authorization> dueToEnd(Instant now, int limit) {
        return withScopes(jdbc.sql(SELECT + """
                        WHERE (status = 'APPROVED' AND expires_at <= :now)
                           OR (status = 'REQUESTED' AND (expires_at <= :now OR urgent_deadline <= :now))
                        ORDER BY expires_at, id LIMIT :limit""")
                .param("now", Timestamps.param(now))
                .param("limit", limit)
                .query(AuthorizationRows::read)
                .list());
    }

    private Optional<Authorization> one(String sql, AuthorizationId id) {
        List<AuthorizationRows> rows = jdbc.sql(sql)
                .param("id", id.toString())
                .query(AuthorizationRows::read)
                .list();
        return withScopes(rows).stream().findFirst();
    }

    private List<Authorization> withScopes(List<AuthorizationRows> rows) {
        List<Authorization> result = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += CHILD_BATCH) {
            List<AuthorizationRows> batch = rows.subList(from, Math.min(rows.size(), from + CHILD_BATCH));
            List<String> ids = batch.stream().map(AuthorizationRows::idText).toList();
            Map<String, List<GeoArea>> areas = areas(ids);
            Map<String, Set<String>> cameras = cameras(ids);
            for (AuthorizationRows row : batch) {
                result.add(row.toAuthorization(
                        areas.getOrDefault(row.idText(), List.of()), cameras.getOrDefault(row.idText(), Set.of())));
            }
        }
        return result;
    }

    private Map<String, List<GeoArea>> areas(List<String> ids) {
        Map<String, List<GeoArea>> areas = new HashMap<>();
        jdbc.sql("""
                        SELECT authorization_id, wkt FROM authorization_areas
                        WHERE authorization_id IN (:ids) ORDER BY authorization_id, area_index""").param("ids", ids).query(rs -> {
            areas.computeIfAbsent(rs.getString("authorization_id"), k -> new ArrayList<>())
                    .add(GeoArea.parseWkt(rs.getString("wkt")));
        });
        return areas;
    }

    private Map<String, Set<String>> cameras(List<String> ids) {
        Map<String, Set<String>> cameras = new HashMap<>();
        jdbc.sql("SELECT authorization_id, camera_id FROM authorization_cameras WHERE authorization_id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    cameras.computeIfAbsent(rs.getString("authorization_id"), k -> new LinkedHashSet<>())
                            .add(rs.getString("camera_id"));
                });
        return cameras;
    }
}
