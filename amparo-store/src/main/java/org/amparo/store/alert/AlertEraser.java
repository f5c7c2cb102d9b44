package org.amparo.store.alert;

import javax.sql.DataSource;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.ProducedDataEraser;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes what monitoring produced under an authorization when the charter requires it (rejection,
 * lapse of an undecided urgent use): its alerts, and its monitoring orders with their rules. Runs in
 * the caller's transaction. Thread-safe.
 */
public final class AlertEraser implements ProducedDataEraser {
    private final JdbcClient jdbc;

    public AlertEraser(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public String name() {
        return "alerts and monitoring orders";
    }

    @Override
    public long eraseProducedUnder(AuthorizationId id) {
        String authorization = id.toString();
        long alerts = jdbc.sql("DELETE FROM alerts WHERE authorization_id = :id OR order_id IN"
                        + " (SELECT o.id FROM monitoring_orders o WHERE o.authorization_id = :id)")
                .param("id", authorization)
                .update();
        jdbc.sql("DELETE FROM monitoring_rules WHERE order_id IN"
                        + " (SELECT o.id FROM monitoring_orders o WHERE o.authorization_id = :id)")
                .param("id", authorization)
                .update();
        long orders = jdbc.sql("DELETE FROM monitoring_orders WHERE authorization_id = :id")
                .param("id", authorization)
                .update();
        return alerts + orders;
    }
}
