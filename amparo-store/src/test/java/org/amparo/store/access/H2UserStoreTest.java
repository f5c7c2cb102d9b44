package org.amparo.store.access;

import org.amparo.store.TestDatabase;

class H2UserStoreTest extends UserStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
