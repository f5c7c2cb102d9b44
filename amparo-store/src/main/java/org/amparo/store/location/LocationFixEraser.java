package org.amparo.store.location;

import javax.sql.DataSource;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.ProducedDataEraser;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deletes every fix kept under an authorization, when the charter requires it (rejection, lapse). */
public final class LocationFixEraser implements ProducedDataEraser {
    private final JdbcClient jdbc;

    public LocationFixEraser(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public String name() {
        return "location fixes";
    }

    @Override
    public long eraseProducedUnder(AuthorizationId id) {
        return jdbc.sql("DELETE FROM location_fixes WHERE authorization_id = :id")
                .param("id", id.toString())
                .update();
    }
}
