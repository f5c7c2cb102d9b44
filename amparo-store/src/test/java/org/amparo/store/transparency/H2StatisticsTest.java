package org.amparo.store.transparency;

import org.amparo.store.TestDatabase;

class H2StatisticsTest extends StatisticsContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
