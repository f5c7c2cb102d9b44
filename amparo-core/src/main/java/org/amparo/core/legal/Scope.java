package org.amparo.core.legal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.geo.GeoPoint;

/**
 * Where and on what an authorization allows processing. An empty area list means the whole
 * country; an empty camera list means every camera inside the areas. Immutable.
 *
 * @param areas the areas (any one suffices)
 * @param cameraIds the cameras allowed for face identification
 * @param dataKinds the data kinds allowed, never empty
 */
public record Scope(List<GeoArea> areas, Set<String> cameraIds, Set<DataKind> dataKinds) {
    public Scope {
        if (dataKinds.isEmpty()) {
            throw new IllegalArgumentException("a scope covers at least one data kind");
        }
        areas = List.copyOf(areas);
        cameraIds = Set.copyOf(cameraIds);
        dataKinds = Set.copyOf(EnumSet.copyOf(dataKinds));
    }

    public boolean covers(GeoPoint point) {
        return areas.isEmpty() || areas.stream().anyMatch(area -> area.contains(point));
    }

    public boolean coversCamera(String cameraId) {
        return cameraIds.isEmpty() || cameraIds.contains(cameraId);
    }
}
