package org.amparo.store;

class H2DatabaseTest extends DatabaseContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
