package org.amparo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseConfigTest {
    @Test
    void refusesWhatCannotWork() {
        assertThatThrownBy(() -> DatabaseConfig.of("postgresql://x", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DatabaseConfig("jdbc:h2:mem:x", "u", "p", 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseConfig.of("jdbc:h2:mem:x", "u", "p").withSchema("a; DROP TABLE users"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DatabaseConfig.of("jdbc:h2:mem:x", "u", "p")
                        .withSchema("t_1")
                        .schema())
                .isEqualTo("t_1");
    }

    @Test
    void anUnreachableDatabaseIsAClearError() {
        DatabaseConfig nowhere = new DatabaseConfig("jdbc:postgresql://127.0.0.1:1/none", "x", "", 1, null);

        assertThatThrownBy(() -> new Database(nowhere))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("127.0.0.1:1");
    }
}
