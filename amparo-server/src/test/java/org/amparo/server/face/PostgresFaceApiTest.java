package org.amparo.server.face;

import java.util.UUID;
import org.amparo.server.PostgresSchemas;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Face identification through the API on the machine's real PostgreSQL, in a fresh schema. */
class PostgresFaceApiTest extends FaceApiContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = PostgresSchemas.freshSchemaUrl();
        registry.add("amparo.database.url", () -> url);
        registry.add("amparo.database.username", () -> PostgresSchemas.USER);
        registry.add("amparo.data-dir", () -> "target/test-data/face-" + UUID.randomUUID());
    }
}
