package org.amparo.store;

import javax.sql.DataSource;
import org.amparo.core.engine.Transactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Gives each test a fresh, migrated database of the kind the concrete subclass opens. */
public abstract class DatabaseTestBase {
    private TestDatabase testDatabase;

    /** Opens the database under test: {@link TestDatabase#h2()} or {@link TestDatabase#postgres()}. */
    protected abstract TestDatabase open();

    @BeforeEach
    final void openDatabase() {
        testDatabase = open();
    }

    @AfterEach
    final void closeDatabase() {
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    protected final TestDatabase testDatabase() {
        return testDatabase;
    }

    protected final DataSource dataSource() {
        return testDatabase.database().dataSource();
    }

    protected final Transactions tx() {
        return testDatabase.database().transactions();
    }

    /** Plain SQL on the database, for arranging rows and for tampering with them. */
    protected final JdbcClient sql() {
        return JdbcClient.create(dataSource());
    }
}
