package org.amparo.server.dispatch;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dispatch API contract on the embedded default, H2. */
class H2DispatchApiTest extends DispatchApiContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("amparo.database.url", () -> "jdbc:h2:mem:dispatch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }
}
