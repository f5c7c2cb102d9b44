package org.amparo.store.device;

import org.amparo.store.TestDatabase;

class PostgresDeviceStoreTest extends DeviceStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.postgres();
    }
}
