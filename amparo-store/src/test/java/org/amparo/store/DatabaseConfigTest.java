package org.amparo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.amparo.core.legal.Subject;
import org.amparo.store.legal.JdbcSubjectStore;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

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
    void createsAndUsesItsOwnSchema() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Database database = new Database(DatabaseConfig.of(url, "sa", "").withSchema("amparo"))) {
            Subject subject = Fixtures.subject(Fixtures.T0);
            new JdbcSubjectStore(database.dataSource()).insert(subject);

            assertThat(new JdbcSubjectStore(database.dataSource()).find(subject.id()))
                    .contains(subject);
            assertThat(JdbcClient.create(database.dataSource())
                            .sql("SELECT COUNT(*) FROM \"amparo\".subjects")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void anUnreachableDatabaseIsAClearError() {
        DatabaseConfig nowhere = new DatabaseConfig("jdbc:postgresql://127.0.0.1:1/none", "x", "", 1, null);

        assertThatThrownBy(() -> new Database(nowhere))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("127.0.0.1:1");
    }
}
