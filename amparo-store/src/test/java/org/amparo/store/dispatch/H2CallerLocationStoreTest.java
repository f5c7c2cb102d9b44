package org.amparo.store.dispatch;

import org.amparo.store.TestDatabase;

class H2CallerLocationStoreTest extends CallerLocationStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
