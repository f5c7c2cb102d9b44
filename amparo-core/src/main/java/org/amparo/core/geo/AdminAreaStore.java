package org.amparo.core.geo;

import java.util.List;
import java.util.Optional;

/** Persistence of administrative areas. Thread-safe. */
public interface AdminAreaStore {
    /** Inserts or replaces the area with the same id. */
    void upsert(AdminArea area);

    Optional<AdminArea> find(String id);

    /** All areas of a level, by name. */
    List<AdminArea> level(int level);
}
