package org.amparo.store.alert;

import org.amparo.store.TestDatabase;

class H2AlertStoreTest extends AlertStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
