package org.amparo.store.monitoring;

import org.amparo.store.TestDatabase;

class PostgresMonitoringStoreTest extends MonitoringStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.postgres();
    }
}
