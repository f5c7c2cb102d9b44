package org.amparo.store.transparency;

import org.amparo.store.TestDatabase;

class PostgresStatisticsTest extends StatisticsContractTest {
    @Override
    protected TestDatabase open() {
        return TestDatabase.postgres();
    }
}
