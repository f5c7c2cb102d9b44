package org.amparo.core.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.amparo.core.monitoring.ZoneDefId;
import org.amparo.core.monitoring.ZoneDefinition;
import org.amparo.core.monitoring.ZoneStore;

/** A {@link ZoneStore} in a map. Thread-safe. */
public final class InMemoryZoneStore implements ZoneStore {
    private final Map<ZoneDefId, ZoneDefinition> zones = new ConcurrentHashMap<>();

    @Override
    public void insert(ZoneDefinition zone) {
        zones.put(zone.id(), zone);
    }

    @Override
    public Optional<ZoneDefinition> find(ZoneDefId id) {
        return Optional.ofNullable(zones.get(id));
    }
}
