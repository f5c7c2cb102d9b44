package org.amparo.store.legal;

import org.amparo.store.TestDatabase;

class H2NotificationTaskStoreTest extends NotificationTaskStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
