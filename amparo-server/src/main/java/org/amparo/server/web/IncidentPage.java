package org.amparo.server.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amparo.core.access.Actor;
import org.amparo.core.dispatch.DispatchService;
import org.amparo.core.dispatch.Incident;
import org.amparo.core.dispatch.IncidentDetail;
import org.amparo.core.dispatch.IncidentEvent;
import org.amparo.core.dispatch.IncidentId;
import org.amparo.core.dispatch.IncidentStatus;
import org.amparo.core.dispatch.UnitProposal;
import org.amparo.core.dispatch.caller.CallerLocationService;
import org.amparo.core.dispatch.caller.StoredCallerLocation;
import org.amparo.core.engine.Outcome;
import org.amparo.server.web.DispatchRows.CallerRow;
import org.amparo.server.web.DispatchRows.ProposalRow;
import org.amparo.server.web.DispatchRows.TimelineRow;
import org.amparo.server.web.DispatchRows.UnitRow;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Fills the incident page, or its live part, from three reads the core audits with the person's justification:
 * the incident with its timeline and units, its caller locations, and the proposals. Thread-safe.
 */
@Component
class IncidentPage {
    private final DispatchService dispatch;
    private final CallerLocationService callers;
    private final MessageSource messages;
    private final Clock clock;

    IncidentPage(DispatchService dispatch, CallerLocationService callers, MessageSource messages, Clock clock) {
        this.dispatch = dispatch;
        this.callers = callers;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The incident page ({@code view} "incident", or its live part "incident :: live"): the justification form when
     * the person has given no reason yet, else the incident; {@code refusal} (an action refused just before) and a
     * refused read are listed on the page, which answers with their status.
     *
     * @param confirmUnit the unit whose dispatch the person is asked to confirm, or null
     */
    ModelAndView view(String view, Request request, @Nullable Refusal refusal, @Nullable String confirmUnit) {
        String why = request.justification();
        if (why == null) {
            return justifyForm(request.id(), refusal);
        }
        ModelAndView page = new ModelAndView(view);
        page.addObject("incidentId", request.id().toString());
        Refusal shown = refusal;
        Refusal readRefused = fill(page, request.actor(), request.id(), why, request.locale());
        if (readRefused != null) {
            return justifyForm(request.id(), readRefused);
        }
        if (confirmUnit != null) {
            shown = confirm(page, confirmUnit, request.locale(), shown);
        }
        if (shown != null) {
            page.addObject("errors", shown.messages());
            page.setStatus(shown.status());
        }
        return page;
    }

    /** Who asks about which incident, in which language, with the reason given in this session (null: none yet). */
    record Request(Actor actor, IncidentId id, @Nullable String justification, Locale locale) {}

    /** The form asking why the person opens the incident's personal data. */
    static ModelAndView justifyForm(IncidentId id, @Nullable Refusal refusal) {
        ModelAndView page = new ModelAndView("incident-justify");
        page.addObject("incidentId", id.toString());
        page.addObject("shortId", DispatchRows.shortId(id));
        page.addObject("reasons", IncidentJustifications.Reason.values());
        page.addObject("maxDetails", IncidentJustifications.MAX_DETAILS);
        if (refusal != null) {
            page.addObject("errors", refusal.messages());
            page.setStatus(refusal.status());
        }
        return page;
    }

    /** Asks to confirm the dispatch of a proposed unit; a refusal when it is no longer proposed. */
    private @Nullable Refusal confirm(ModelAndView page, String unitId, Locale locale, @Nullable Refusal earlier) {
        Object proposals = page.getModel().get("proposals");
        if (proposals instanceof List<?> rows) {
            for (Object row : rows) {
                if (row instanceof ProposalRow p && p.unitId().equals(unitId)) {
                    page.addObject("confirm", p);
                    return earlier;
                }
            }
        }
        return earlier != null
                ? earlier
                : new Refusal(HttpStatus.CONFLICT, List.of(msg(locale, "incident.confirm.gone")));
    }

    /** Adds the incident to {@code page}; answers the refusal instead when a read is refused. */
    private @Nullable Refusal fill(ModelAndView page, Actor actor, IncidentId id, String why, Locale locale) {
        Outcome<IncidentDetail> read = dispatch.get(actor, id, why);
        if (!(read instanceof Outcome.Done<IncidentDetail>(IncidentDetail detail))) {
            return Refusal.of(read);
        }
        Outcome<List<StoredCallerLocation>> located = callers.forIncident(actor, id, why);
        if (!(located instanceof Outcome.Done<List<StoredCallerLocation>>(List<StoredCallerLocation> locations))) {
            return Refusal.of(located);
        }
        Incident incident = detail.incident();
        page.addObject("incident", incident);
        page.addObject("shortId", DispatchRows.shortId(id));
        page.addObject("age", AlertPageController.age(incident.createdAt(), clock.instant()));
        page.addObject(
                "callerLocations",
                locations.stream()
                        .map(l -> CallerRow.of(l, incident.location()))
                        .toList());
        page.addObject("units", detail.units().stream().map(UnitRow::of).toList());
        page.addObject("incidentActions", incidentActions(incident.status()));
        page.addObject("timeline", timeline(detail.timeline(), locale));
        addProposals(page, actor, incident);
        return null;
    }

    /**
     * What a person may move the incident to from here: on scene and closed. DISPATCHED follows from a dispatch
     * and OPEN from recalling every unit, so neither is a button.
     */
    static List<IncidentStatus> incidentActions(IncidentStatus status) {
        return status.next().stream()
                .filter(s -> s == IncidentStatus.ON_SCENE || s == IncidentStatus.CLOSED)
                .toList();
    }

    private void addProposals(ModelAndView page, Actor actor, Incident incident) {
        if (incident.status() == IncidentStatus.CLOSED || incident.location() == null) {
            page.addObject("proposals", List.of());
            page.addObject(
                    "proposalsNote",
                    incident.location() == null ? "incident.proposals.noLocation" : "incident.proposals.closed");
            return;
        }
        Outcome<List<UnitProposal>> proposed = dispatch.propose(actor, incident.id());
        List<ProposalRow> rows = proposed instanceof Outcome.Done<List<UnitProposal>>(List<UnitProposal> found)
                ? found.stream()
                        .limit(IncidentPageController.MAX_PROPOSALS)
                        .map(ProposalRow::of)
                        .toList()
                : List.of();
        page.addObject("proposals", rows);
        page.addObject("proposalsNote", rows.isEmpty() ? "incident.proposals.none" : null);
    }

    private List<TimelineRow> timeline(List<IncidentEvent> events, Locale locale) {
        Map<String, String> callSigns = new HashMap<>();
        for (IncidentEvent e : events) {
            if (e instanceof IncidentEvent.UnitDispatched d) {
                callSigns.put(d.unit().toString(), d.callSign());
            }
        }
        return events.stream()
                .map(e -> new TimelineRow(e.at(), e.actor(), kind(e), what(e, callSigns, locale)))
                .toList();
    }

    private static String kind(IncidentEvent e) {
        return switch (e) {
            case IncidentEvent.Opened o -> "OPENED";
            case IncidentEvent.CallLinked c -> "CALL_LINKED";
            case IncidentEvent.Located l -> "LOCATED";
            case IncidentEvent.UnitDispatched d -> "UNIT_DISPATCHED";
            case IncidentEvent.UnitStatusChanged u -> "UNIT_STATUS";
            case IncidentEvent.StatusChanged s -> "STATUS";
            case IncidentEvent.CallerLocationReceived r -> "CALLER_LOCATION";
            case IncidentEvent.NoteAdded n -> "NOTE";
        };
    }

    private String what(IncidentEvent e, Map<String, String> callSigns, Locale locale) {
        return switch (e) {
            case IncidentEvent.Opened o ->
                msg(
                        locale,
                        "timeline.opened",
                        msg(locale, "incidentType." + o.type()),
                        o.priority().level());
            case IncidentEvent.CallLinked c -> msg(locale, "timeline.callLinked");
            case IncidentEvent.Located l ->
                l.province() == null
                        ? msg(locale, "timeline.locatedNoProvince")
                        : msg(locale, "timeline.located", l.province().name());
            case IncidentEvent.UnitDispatched d -> msg(locale, "timeline.dispatched", d.callSign());
            case IncidentEvent.UnitStatusChanged u ->
                msg(
                        locale,
                        "timeline.unitStatus",
                        callSigns.getOrDefault(u.unit().toString(), u.unit().toString()),
                        msg(locale, "unitStatus." + u.from()),
                        msg(locale, "unitStatus." + u.to()));
            case IncidentEvent.StatusChanged s ->
                msg(
                        locale,
                        "timeline.status",
                        msg(locale, "incidentStatus." + s.from()),
                        msg(locale, "incidentStatus." + s.to()));
            case IncidentEvent.CallerLocationReceived r ->
                msg(
                        locale,
                        r.located() ? "timeline.callerLocation" : "timeline.callerNoLocation",
                        msg(locale, "locationFormat." + r.source()));
            case IncidentEvent.NoteAdded n -> msg(locale, "timeline.note", n.text());
        };
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
