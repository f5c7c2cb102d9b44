package org.amparo.store.device;

import org.amparo.store.TestDatabase;

class H2DeviceStoreTest extends DeviceStoreContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
