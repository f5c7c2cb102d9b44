package org.amparo.store.geo;

import org.amparo.store.TestDatabase;

class PostgresAdminAreaStoreTest extends AdminAreaStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.postgres();
    }
}
