package org.amparo.store.audit;

import org.amparo.store.TestDatabase;

class H2AuditLogPurgerTest extends AuditLogPurgerContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
