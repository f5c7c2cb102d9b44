package org.amparo.store.dispatch;

import java.time.Instant;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.amparo.core.dispatch.IncidentType;
import org.amparo.core.dispatch.Priority;
import org.amparo.core.dispatch.stats.IncidentFacts;
import org.amparo.core.dispatch.stats.IncidentFactsSource;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link IncidentFactsSource} as one portable query: incidents by creation time (index {@code incidents_created}),
 * the first dispatch and first unit on scene from the timeline by correlated {@code MIN} (index {@code
 * incident_events_kind}). No date arithmetic in SQL: periods are computed by the caller. Rows are streamed in
 * fetches of {@value #FETCH_SIZE}; inside a transaction PostgreSQL uses a cursor, so memory stays bounded.
 * Thread-safe.
 */
public final class JdbcIncidentFacts implements IncidentFactsSource {
    static final int FETCH_SIZE = 1_000;

    private static final String QUERY = """
            SELECT i.created_at, i.type, i.priority, i.province_id, i.province_name,
              (SELECT MIN(e.occurred_at) FROM incident_events e
                 WHERE e.incident_id = i.id AND e.kind = 'UNIT_DISPATCHED') AS first_dispatch,
              (SELECT MIN(e.occurred_at) FROM incident_events e
                 WHERE e.incident_id = i.id AND e.kind = 'UNIT_STATUS_CHANGED' AND e.to_status = 'ON_SCENE')
                 AS first_on_scene
            FROM incidents i WHERE i.created_at >= :from AND i.created_at < :to""";

    private final JdbcClient jdbc;

    public JdbcIncidentFacts(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void scan(Instant from, Instant to, Consumer<IncidentFacts> sink) {
        jdbc.sql(QUERY)
                .withFetchSize(FETCH_SIZE)
                .param("from", Timestamps.param(from))
                .param("to", Timestamps.param(to))
                .query(rs -> {
                    sink.accept(new IncidentFacts(
                            Timestamps.read(rs, "created_at"),
                            IncidentType.valueOf(rs.getString("type")),
                            Priority.ofLevel(rs.getInt("priority")).orElseThrow(),
                            IncidentEventRows.province(rs),
                            Timestamps.readNullable(rs, "first_dispatch"),
                            Timestamps.readNullable(rs, "first_on_scene")));
                });
    }
}
