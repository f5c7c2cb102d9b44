package org.amparo.core.monitoring;

import java.util.Optional;

/** Persistence of zone definitions. Called inside a transaction; thread-safe. */
public interface ZoneStore {
    void insert(ZoneDefinition zone);

    Optional<ZoneDefinition> find(ZoneDefId id);
}
