package org.amparo.store.legal;

import org.amparo.store.TestDatabase;

class H2AuthorizationStoreTest extends AuthorizationStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
