package org.amparo.store.legal;

import org.amparo.store.TestDatabase;

class H2SubjectStoreTest extends SubjectStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
