package org.amparo.store.legal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.NotificationTask;
import org.amparo.core.legal.NotificationTaskStore;
import org.amparo.core.legal.SubjectId;
import org.amparo.store.Timestamps;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link NotificationTaskStore} on {@code notification_tasks}. Uses the caller's transaction when
 * there is one; database failures surface as Spring's {@code DataAccessException}. Thread-safe.
 */
public final class JdbcNotificationTaskStore implements NotificationTaskStore {
    private static final String SELECT = """
            SELECT id, authorization_id, subject_id, created_at, status, delay_reason, review_date,
                   handled_by, handled_at
            FROM notification_tasks""";

    private final JdbcClient jdbc;

    public JdbcNotificationTaskStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void insert(NotificationTask task) {
        jdbc.sql("""
                        INSERT INTO notification_tasks (id, authorization_id, subject_id, created_at, status,
                            delay_reason, review_date, handled_by, handled_at)
                        VALUES (:id, :authorizationId, :subjectId, :createdAt, :status,
                            :delayReason, :reviewDate, :handledBy, :handledAt)""")
                .param("authorizationId", task.authorizationId().toString())
                .param("subjectId", task.subjectId().toString())
                .param("createdAt", Timestamps.param(task.createdAt()))
                .params(state(task))
                .update();
    }

    /** @throws IllegalStateException when no task with that id is stored */
    @Override
    public void update(NotificationTask task) {
        int changed = jdbc.sql("""
                        UPDATE notification_tasks SET status = :status, delay_reason = :delayReason,
                            review_date = :reviewDate, handled_by = :handledBy, handled_at = :handledAt
                        WHERE id = :id""").params(state(task)).update();
        if (changed != 1) {
            throw new IllegalStateException("no stored notification task " + task.id() + " to update");
        }
    }

    @Override
    public Optional<NotificationTask> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id.toString())
                .query(JdbcNotificationTaskStore::task)
                .optional();
    }

    @Override
    public List<NotificationTask> list(NotificationTask.@Nullable Status status, int limit) {
        String where = status == null ? "" : " WHERE status = :status";
        var spec = jdbc.sql(SELECT + where + " ORDER BY created_at, id LIMIT :limit")
                .param("limit", limit);
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        return spec.query(JdbcNotificationTaskStore::task).list();
    }

    @Override
    public List<NotificationTask> forAuthorization(AuthorizationId authorizationId) {
        return jdbc.sql(SELECT + " WHERE authorization_id = :authorizationId ORDER BY created_at, id")
                .param("authorizationId", authorizationId.toString())
                .query(JdbcNotificationTaskStore::task)
                .list();
    }

    private static Map<String, @Nullable Object> state(NotificationTask task) {
        Map<String, @Nullable Object> p = new HashMap<>();
        p.put("id", task.id().toString());
        p.put("status", task.status().name());
        p.put("delayReason", task.delayReason());
        p.put("reviewDate", new SqlParameterValue(Types.DATE, task.reviewDate()));
        p.put("handledBy", task.handledBy());
        p.put("handledAt", Timestamps.param(task.handledAt()));
        return p;
    }

    private static NotificationTask task(ResultSet rs, int row) throws SQLException {
        return new NotificationTask(
                UUID.fromString(rs.getString("id")),
                AuthorizationId.parse(rs.getString("authorization_id")),
                SubjectId.parse(rs.getString("subject_id")),
                Timestamps.read(rs, "created_at"),
                NotificationTask.Status.valueOf(rs.getString("status")),
                rs.getString("delay_reason"),
                rs.getObject("review_date", LocalDate.class),
                rs.getString("handled_by"),
                Timestamps.readNullable(rs, "handled_at"));
    }
}
