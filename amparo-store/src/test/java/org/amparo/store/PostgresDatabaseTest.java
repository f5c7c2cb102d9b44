package org.amparo.store;

class PostgresDatabaseTest extends DatabaseContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.postgres();
    }
}
