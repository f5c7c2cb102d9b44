package org.amparo.store.face;

import org.amparo.store.TestDatabase;

class H2FaceRetentionTest extends FaceRetentionContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
