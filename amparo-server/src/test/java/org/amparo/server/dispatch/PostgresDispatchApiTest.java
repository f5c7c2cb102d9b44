package org.amparo.server.dispatch;

import org.amparo.server.PostgresSchemas;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dispatch API contract on the machine's real PostgreSQL, in a fresh schema. */
class PostgresDispatchApiTest extends DispatchApiContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = PostgresSchemas.freshSchemaUrl();
        registry.add("amparo.database.url", () -> url);
        registry.add("amparo.database.username", () -> PostgresSchemas.USER);
    }
}
