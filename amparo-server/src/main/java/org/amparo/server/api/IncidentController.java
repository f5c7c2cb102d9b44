package org.amparo.server.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.amparo.core.access.Actor;
import org.amparo.core.dispatch.DispatchService;
import org.amparo.core.dispatch.Incident;
import org.amparo.core.dispatch.IncidentDetail;
import org.amparo.core.dispatch.IncidentId;
import org.amparo.core.dispatch.caller.CallerLocationService;
import org.amparo.core.dispatch.caller.StoredCallerLocation;
import org.amparo.server.api.DispatchBodies.CallBody;
import org.amparo.server.api.DispatchBodies.DispatchBody;
import org.amparo.server.api.DispatchBodies.IncidentStatusBody;
import org.amparo.server.api.DispatchBodies.LocationBody;
import org.amparo.server.api.DispatchBodies.NewIncidentBody;
import org.amparo.server.api.DispatchBodies.NoteBody;
import org.amparo.server.events.DispatchEvents;
import org.amparo.server.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Emergency incidents from call to close. Reading one incident reads its caller's number and location, personal
 * data: the read needs a justification of at least 10 characters, as {@code ?justification=} or the {@code
 * X-Justification} header, and is audited with it; without one the answer is 400.
 */
@RestController
@RequestMapping("/api/v1/incidents")
public class IncidentController {
    private final DispatchService dispatch;
    private final CallerLocationService callers;
    private final DispatchEvents events;

    public IncidentController(DispatchService dispatch, CallerLocationService callers, DispatchEvents events) {
        this.dispatch = dispatch;
        this.callers = callers;
        this.events = events;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody NewIncidentBody body, Authentication auth) {
        Incident incident =
                Outcomes.value(dispatch.createIncident(CurrentActor.of(auth), DispatchBodies.toIncident(body)));
        events.incident(incident, "CREATED");
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.id()))
                .body(board(incident));
    }

    /** The board: open incidents, most urgent then oldest first, without personal data. */
    @GetMapping
    List<Map<String, Object>> open(@RequestParam(name = "limit", defaultValue = "200") int limit, Authentication auth) {
        return Outcomes.value(dispatch.listOpen(CurrentActor.of(auth), limit)).stream()
                .map(IncidentViews::summary)
                .toList();
    }

    @GetMapping("/{id}")
    Map<String, Object> get(
            @PathVariable String id,
            @RequestParam(name = "justification", required = false) @Nullable String justification,
            @RequestHeader(name = "X-Justification", required = false) @Nullable String header,
            Authentication auth) {
        Actor actor = CurrentActor.of(auth);
        IncidentId incident = DispatchBodies.incident(id);
        String why = header != null ? header : justification;
        IncidentDetail detail = Outcomes.value(dispatch.get(actor, incident, why));
        List<StoredCallerLocation> located = Outcomes.value(callers.forIncident(actor, incident, why));
        return IncidentViews.detail(detail, located);
    }

    @PostMapping("/{id}/calls")
    Map<String, Object> linkCall(@PathVariable String id, @RequestBody CallBody body, Authentication auth) {
        String number = DispatchBodies.required(body.callerNumber(), "callerNumber");
        Incident incident = Outcomes.value(dispatch.linkCall(
                CurrentActor.of(auth),
                DispatchBodies.incident(id),
                DispatchBodies.callerNumber(number, "callerNumber")));
        events.incident(incident, "CALL_LINKED");
        return board(incident);
    }

    /** A person sets the location: a point ({@code lat}, {@code lon}) or an accepted caller location, not both. */
    @PostMapping("/{id}/location")
    Map<String, Object> locate(@PathVariable String id, @RequestBody LocationBody body, Authentication auth) {
        Actor actor = CurrentActor.of(auth);
        IncidentId incident = DispatchBodies.incident(id);
        String accepted = body.callerLocationId();
        boolean point = body.lat() != null || body.lon() != null;
        if (point == (accepted != null)) {
            throw RefusedException.invalid("body", "give either lat and lon, or callerLocationId");
        }
        Incident located = accepted != null
                ? Outcomes.value(callers.accept(actor, incident, DispatchBodies.callerLocation(accepted)))
                : Outcomes.value(dispatch.locate(
                        actor, incident, DispatchBodies.point(body.lat(), body.lon(), "location"), "entered"));
        events.incident(located, "LOCATED");
        return board(located);
    }

    @PostMapping("/{id}/notes")
    Map<String, Object> note(@PathVariable String id, @RequestBody NoteBody body, Authentication auth) {
        Incident incident = Outcomes.value(dispatch.addNote(
                CurrentActor.of(auth), DispatchBodies.incident(id), DispatchBodies.required(body.text(), "text")));
        events.incident(incident, "NOTE");
        return board(incident);
    }

    /** The nearest suitable available units, best first: a proposal for the dispatcher, never a dispatch. */
    @GetMapping("/{id}/proposals")
    List<Map<String, Object>> proposals(@PathVariable String id, Authentication auth) {
        return Outcomes.value(dispatch.propose(CurrentActor.of(auth), DispatchBodies.incident(id))).stream()
                .map(IncidentViews::proposal)
                .toList();
    }

    @PostMapping("/{id}/dispatch")
    Map<String, Object> dispatch(@PathVariable String id, @RequestBody DispatchBody body, Authentication auth) {
        Incident incident = Outcomes.value(dispatch.dispatch(
                CurrentActor.of(auth),
                DispatchBodies.incident(id),
                DispatchBodies.unit(DispatchBodies.required(body.unitId(), "unitId"), "unitId")));
        events.incident(incident, "DISPATCHED");
        return board(incident);
    }

    @PostMapping("/{id}/status")
    Map<String, Object> status(@PathVariable String id, @RequestBody IncidentStatusBody body, Authentication auth) {
        Incident incident = Outcomes.value(dispatch.changeStatus(
                CurrentActor.of(auth), DispatchBodies.incident(id), DispatchBodies.required(body.status(), "status")));
        events.incident(incident, "STATUS");
        return board(incident);
    }

    /** The incident as NENA EIDO JSON (a subset, see {@link EidoExport}); a justified, audited read. */
    @GetMapping(path = "/{id}/eido", produces = "application/json")
    Map<String, Object> eido(
            @PathVariable String id,
            @RequestParam(name = "justification", required = false) @Nullable String justification,
            @RequestHeader(name = "X-Justification", required = false) @Nullable String header,
            Authentication auth) {
        String why = header != null ? header : justification;
        return EidoExport.of(Outcomes.value(dispatch.get(CurrentActor.of(auth), DispatchBodies.incident(id), why)));
    }

    private static Map<String, Object> board(Incident incident) {
        return IncidentViews.summary(org.amparo.core.dispatch.IncidentSummary.of(incident));
    }
}
