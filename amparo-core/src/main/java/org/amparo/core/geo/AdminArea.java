package org.amparo.core.geo;

import org.jspecify.annotations.Nullable;

/**
 * An administrative area (province, canton) imported from a boundary file. Identified by its own id
 * and name, never by its ISO code alone: real files repeat codes (two provinces of Ecuador carry
 * {@code EC-H}). Immutable.
 *
 * @param id the source's stable identifier (e.g. geoBoundaries' shapeID)
 * @param name the area's name, accents kept
 * @param level administrative level (1: province)
 * @param isoCode the ISO 3166-2 code as the source gives it, possibly wrong or starred, or null
 * @param area the boundary
 */
public record AdminArea(
        String id, String name, int level, @Nullable String isoCode, GeoArea area) {
    public AdminArea {
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("an administrative area has an id and a name");
        }
    }
}
