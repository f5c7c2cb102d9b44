package org.amparo.core.dispatch;

import org.amparo.core.geo.AdminArea;

/**
 * The province an incident lies in, by the administrative area's id and name (never its ISO code alone: two
 * provinces of Ecuador's boundary file share {@code EC-H}). Immutable.
 *
 * @param id the area's id in its source (geoBoundaries' shapeID)
 * @param name the area's name, accents kept
 */
public record ProvinceRef(String id, String name) {
    public ProvinceRef {
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("a province has an id and a name");
        }
    }

    public static ProvinceRef of(AdminArea area) {
        return new ProvinceRef(area.id(), area.name());
    }
}
