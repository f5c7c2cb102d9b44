package org.amparo.store.face;

import org.amparo.store.TestDatabase;

class PostgresFaceRetentionTest extends FaceRetentionContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.postgres();
    }
}
