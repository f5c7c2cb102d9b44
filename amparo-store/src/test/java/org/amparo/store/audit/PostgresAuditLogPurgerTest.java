package org.amparo.store.audit;

import org.amparo.store.TestDatabase;

class PostgresAuditLogPurgerTest extends AuditLogPurgerContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.postgres();
    }
}
