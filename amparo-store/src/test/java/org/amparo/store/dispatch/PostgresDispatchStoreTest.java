package org.amparo.store.dispatch;

import org.amparo.store.TestDatabase;

class PostgresDispatchStoreTest extends DispatchStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.postgres();
    }
}
