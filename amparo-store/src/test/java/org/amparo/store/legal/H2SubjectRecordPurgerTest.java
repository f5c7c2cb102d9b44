package org.amparo.store.legal;

import org.amparo.store.TestDatabase;

class H2SubjectRecordPurgerTest extends SubjectRecordPurgerContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
