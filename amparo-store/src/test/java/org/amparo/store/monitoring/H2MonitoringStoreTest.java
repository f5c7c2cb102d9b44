package org.amparo.store.monitoring;

import org.amparo.store.TestDatabase;

class H2MonitoringStoreTest extends MonitoringStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
