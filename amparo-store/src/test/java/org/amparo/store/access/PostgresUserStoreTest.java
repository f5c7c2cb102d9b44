package org.amparo.store.access;

import org.amparo.store.TestDatabase;

class PostgresUserStoreTest extends UserStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.postgres();
    }
}
