package org.amparo.server.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.amparo.core.dispatch.DispatchService;
import org.amparo.core.dispatch.Unit;
import org.amparo.core.dispatch.UnitService;
import org.amparo.server.api.DispatchBodies.NewUnitBody;
import org.amparo.server.api.DispatchBodies.UnitStatusBody;
import org.amparo.server.events.DispatchEvents;
import org.amparo.server.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Emergency units: created by administrators and supervisors (an AGENCY_UNIT device's fixes then move the unit),
 * listed with status and last position (an audited read: crews are personal data), moved through their statuses
 * by dispatchers and supervisors. A unit created without {@code station} or {@code crewSize} gets station {@value
 * DispatchBodies#DEFAULT_STATION} and a crew of 1.
 */
@RestController
@RequestMapping("/api/v1/units")
public class UnitController {
    private final UnitService units;
    private final DispatchService dispatch;
    private final DispatchEvents events;

    public UnitController(UnitService units, DispatchService dispatch, DispatchEvents events) {
        this.units = units;
        this.dispatch = dispatch;
        this.events = events;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody NewUnitBody body, Authentication auth) {
        Unit unit = Outcomes.value(units.create(CurrentActor.of(auth), DispatchBodies.toUnit(body)));
        events.unit(unit);
        return ResponseEntity.created(URI.create("/api/v1/units/" + unit.id())).body(IncidentViews.unit(unit));
    }

    @GetMapping
    List<Map<String, Object>> list(
            @RequestParam(name = "limit", defaultValue = "1000") int limit, Authentication auth) {
        return Outcomes.value(units.list(CurrentActor.of(auth), limit)).stream()
                .map(IncidentViews::unit)
                .toList();
    }

    /** EN_ROUTE, ON_SCENE, RETURNING, AVAILABLE or OUT_OF_SERVICE; a unit becomes DISPATCHED only by a dispatch. */
    @PostMapping("/{id}/status")
    Map<String, Object> status(@PathVariable String id, @RequestBody UnitStatusBody body, Authentication auth) {
        Unit unit = Outcomes.value(dispatch.changeUnitStatus(
                CurrentActor.of(auth),
                DispatchBodies.unit(id, "id"),
                DispatchBodies.required(body.status(), "status")));
        events.unit(unit);
        return IncidentViews.unit(unit);
    }
}
