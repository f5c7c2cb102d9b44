package org.amparo.store.legal;

import org.amparo.store.TestDatabase;

class PostgresNotificationTaskStoreTest extends NotificationTaskStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.postgres();
    }
}
