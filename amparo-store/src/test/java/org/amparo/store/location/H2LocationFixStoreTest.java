package org.amparo.store.location;

import org.amparo.store.TestDatabase;

class H2LocationFixStoreTest extends LocationFixStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
