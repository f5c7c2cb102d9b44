package org.amparo.server.face;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Face identification through the API on the embedded default, H2. */
class H2FaceApiTest extends FaceApiContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String run = UUID.randomUUID().toString();
        registry.add("amparo.database.url", () -> "jdbc:h2:mem:face-" + run + ";DB_CLOSE_DELAY=-1");
        registry.add("amparo.data-dir", () -> "target/test-data/face-" + run);
    }
}
