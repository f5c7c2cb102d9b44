package org.amparo.server.api;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The lawful-core API on the embedded default, H2. */
class H2LawfulCoreApiTest extends LawfulCoreApiContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("amparo.database.url", () -> "jdbc:h2:mem:api-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }
}
