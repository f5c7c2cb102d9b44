package org.amparo.store.legal;

import org.amparo.store.TestDatabase;

class PostgresAuthorizationStoreTest extends AuthorizationStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.postgres();
    }
}
