package org.amparo.store.dispatch;

import org.amparo.store.TestDatabase;

class H2DispatchStoreTest extends DispatchStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
