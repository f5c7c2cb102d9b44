package org.amparo.store.legal;

import org.amparo.store.TestDatabase;

class PostgresSubjectStoreTest extends SubjectStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.postgres();
    }
}
