package org.amparo.store.face;

import org.amparo.store.TestDatabase;

class H2FaceStoreTest extends FaceStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
