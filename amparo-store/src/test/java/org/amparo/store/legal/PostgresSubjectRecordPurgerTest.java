package org.amparo.store.legal;

import org.amparo.store.TestDatabase;

class PostgresSubjectRecordPurgerTest extends SubjectRecordPurgerContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.postgres();
    }
}
