package org.amparo.server.monitoring;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Zones, orders and alerts through the API on the embedded default, H2. */
class H2MonitoringApiTest extends MonitoringApiContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("amparo.database.url", () -> "jdbc:h2:mem:monitoring-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }
}
