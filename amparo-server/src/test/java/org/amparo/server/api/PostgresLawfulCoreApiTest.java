package org.amparo.server.api;

import org.amparo.server.PostgresSchemas;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The lawful-core API on the machine's real PostgreSQL, in a fresh schema. */
class PostgresLawfulCoreApiTest extends LawfulCoreApiContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = PostgresSchemas.freshSchemaUrl();
        registry.add("amparo.database.url", () -> url);
        registry.add("amparo.database.username", () -> PostgresSchemas.USER);
    }
}
