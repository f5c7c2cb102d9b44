package org.amparo.store.face;

import org.amparo.store.TestDatabase;

class PostgresFaceStoreTest extends FaceStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.postgres();
    }
}
