package org.amparo.store.audit;

import org.amparo.store.TestDatabase;

class H2AuditLogTest extends AuditLogContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
