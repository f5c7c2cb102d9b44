package org.amparo.store.geo;

import org.amparo.store.TestDatabase;

class H2AdminAreaStoreTest extends AdminAreaStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
