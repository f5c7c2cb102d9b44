package org.amparo.core.dispatch;

import java.util.List;

/**
 * An incident with its timeline, as a justified, audited read returns it. Immutable.
 *
 * @param incident the incident, caller number included
 * @param timeline its entries in order
 * @param units the units assigned to it now, by call sign
 */
public record IncidentDetail(Incident incident, List<IncidentEvent> timeline, List<Unit> units) {
    public IncidentDetail {
        timeline = List.copyOf(timeline);
        units = List.copyOf(units);
    }
}
