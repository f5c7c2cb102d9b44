package org.amparo.store.audit;

import org.amparo.store.TestDatabase;

class PostgresAuditLogTest extends AuditLogContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.postgres();
    }
}
