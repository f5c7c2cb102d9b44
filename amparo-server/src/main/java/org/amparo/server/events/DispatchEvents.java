package org.amparo.server.events;

import java.util.LinkedHashMap;
import java.util.Map;
import org.amparo.core.dispatch.Incident;
import org.amparo.core.dispatch.Unit;
import org.amparo.core.dispatch.caller.IntakeOutcome;
import org.springframework.stereotype.Component;

/**
 * Live dispatch events for the call-taker screen and the dispatcher board: {@code incident}, {@code unit} and
 * {@code caller-location}, each with identifiers and statuses only, never a caller number, a description or a
 * position; the page fetches details through the audited API. Thread-safe.
 */
@Component
public class DispatchEvents {
    private final EventHub hub;

    public DispatchEvents(EventHub hub) {
        this.hub = hub;
    }

    /** An incident was opened or changed ({@code change}: CREATED, LOCATED, CALL_LINKED, DISPATCHED, STATUS...). */
    public void incident(Incident incident, String change) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("incidentId", incident.id().toString());
        data.put("status", incident.status().name());
        data.put("priority", incident.priority().level());
        data.put("change", change);
        hub.publish("incident", data);
    }

    /** A unit was created or changed status. */
    public void unit(Unit unit) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("unitId", unit.id().toString());
        data.put("status", unit.status().name());
        data.put("incidentId", unit.assignment() == null ? null : String.valueOf(unit.assignment()));
        hub.publish("unit", data);
    }

    /** A caller-location message was received; only matched or pending ones name a stored location. */
    public void callerLocation(IntakeOutcome outcome) {
        Map<String, Object> data = new LinkedHashMap<>();
        switch (outcome) {
            case IntakeOutcome.Matched m -> {
                data.put("status", "MATCHED");
                data.put("callerLocationId", m.id().toString());
                data.put("incidentId", m.incident().toString());
                data.put("located", m.located());
            }
            case IntakeOutcome.Pending p -> {
                data.put("status", "PENDING");
                data.put("callerLocationId", p.id().toString());
                data.put("located", p.located());
            }
            case IntakeOutcome.Dropped d -> {
                data.put("status", "DROPPED");
                data.put("reason", d.reason().name());
            }
            case IntakeOutcome.DeadLettered d -> {
                data.put("status", "DEAD_LETTERED");
                data.put("reason", d.reason().name());
            }
        }
        hub.publish("caller-location", data);
    }
}
