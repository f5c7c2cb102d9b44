package org.amparo.store;

import static org.amparo.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.amparo.core.legal.Subject;
import org.amparo.store.legal.JdbcSubjectStore;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Opening, migrating and transactions, run against every database. */
abstract class DatabaseContractTest extends DatabaseTestBase {
    @Test
    void reopeningAMigratedDatabaseIsANoOp() {
        try (Database again = new Database(testDatabase().config())) {
            assertThat(JdbcClient.create(again.dataSource())
                            .sql("SELECT COUNT(*) FROM audit_head")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
        assertThat(sql().sql("SELECT COUNT(*) FROM audit_anchor")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void committedWorkIsKeptAndFailedWorkRolledBack() {
        JdbcSubjectStore subjects = new JdbcSubjectStore(dataSource());
        Subject kept = Fixtures.subject(T0);
        Subject lost = Fixtures.subject(T0);

        tx().inTransaction(() -> {
            subjects.insert(kept);
            return null;
        });
        assertThatThrownBy(() -> tx().inTransaction(() -> {
                    subjects.insert(lost);
                    throw new IllegalStateException("fails");
                }))
                .hasMessage("fails");

        assertThat(subjects.find(kept.id())).contains(kept);
        assertThat(subjects.find(lost.id())).isEmpty();
    }
}
