package org.amparo.server.monitoring;

import org.amparo.server.PostgresSchemas;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Monitoring orders, zones and alerts on the machine's real PostgreSQL, in a fresh schema. */
class PostgresMonitoringApiTest extends MonitoringApiContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = PostgresSchemas.freshSchemaUrl();
        registry.add("amparo.database.url", () -> url);
        registry.add("amparo.database.username", () -> PostgresSchemas.USER);
    }
}
