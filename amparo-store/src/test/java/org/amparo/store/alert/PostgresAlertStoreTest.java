package org.amparo.store.alert;

import org.amparo.store.TestDatabase;

class PostgresAlertStoreTest extends AlertStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.postgres();
    }
}
