package org.amparo.store.dispatch;

import org.amparo.store.TestDatabase;

class PostgresCallerLocationStoreTest extends CallerLocationStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.postgres();
    }
}
