package org.amparo.store.legal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.amparo.core.legal.DataSubjectCategory;
import org.amparo.core.legal.Subject;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.legal.SubjectStore;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link SubjectStore} on the {@code subjects} table. Uses the caller's transaction when there is
 * one; Spring's {@code DataAccessException} reports database failures. Thread-safe.
 */
public final class JdbcSubjectStore implements SubjectStore {
    private final JdbcClient jdbc;

    public JdbcSubjectStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void insert(Subject subject) {
        jdbc.sql("""
                        INSERT INTO subjects (id, name, category, created_at, created_by, demo)
                        VALUES (:id, :name, :category, :createdAt, :createdBy, :demo)""")
                .param("id", subject.id().toString())
                .param("name", subject.name())
                .param("category", subject.category().name())
                .param("createdAt", Timestamps.param(subject.createdAt()))
                .param("createdBy", subject.createdBy())
                .param("demo", subject.demo())
                .update();
    }

    @Override
    public Optional<Subject> find(SubjectId id) {
        return jdbc.sql("SELECT id, name, category, created_at, created_by, demo FROM subjects WHERE id = :id")
                .param("id", id.toString())
                .query(JdbcSubjectStore::subject)
                .optional();
    }

    private static Subject subject(ResultSet rs, int row) throws SQLException {
        return new Subject(
                SubjectId.parse(rs.getString("id")),
                rs.getString("name"),
                DataSubjectCategory.valueOf(rs.getString("category")),
                Timestamps.read(rs, "created_at"),
                rs.getString("created_by"),
                rs.getBoolean("demo"));
    }
}
