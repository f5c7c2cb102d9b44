package org.amparo.store.location;

import org.amparo.store.TestDatabase;

class PostgresLocationFixStoreTest extends LocationFixStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.postgres();
    }
}
