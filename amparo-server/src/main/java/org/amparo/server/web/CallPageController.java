package org.amparo.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amparo.core.dispatch.CallerNumber;
import org.amparo.core.dispatch.DispatchService;
import org.amparo.core.dispatch.Incident;
import org.amparo.core.dispatch.IncidentType;
import org.amparo.core.dispatch.NewIncident;
import org.amparo.core.dispatch.Priority;
import org.amparo.core.engine.Outcome;
import org.amparo.core.geo.GeoPoint;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.events.DispatchEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The call-taker's screen: a new incident from a call (number, type, priority, address or description, a first
 * note, and the location when the caller can tell it, typed or clicked on a small map). The incident is opened by
 * the core, announced on the event stream (ids only) and shown on its own page, where the handset's location appears
 * live when it arrives.
 */
@Controller
public class CallPageController {
    private final DispatchService dispatch;
    private final DispatchEvents events;
    private final String tileUrl;

    public CallPageController(DispatchService dispatch, DispatchEvents events, Settings settings) {
        this.dispatch = dispatch;
        this.events = events;
        this.tileUrl = settings.get(AmparoConfig.MAP_TILE_URL);
    }

    /** The form as typed; every field is text so that a refused form comes back as it was. */
    public record CallForm(
            @Nullable String callerNumber,
            @Nullable String type,
            @Nullable String priority,
            @Nullable String description,
            @Nullable String note,
            @Nullable String lat,
            @Nullable String lon) {
        static CallForm blank() {
            return new CallForm("", "", "", "", "", "", "");
        }
    }

    @GetMapping("/calls/new")
    ModelAndView form() {
        return page(CallForm.blank(), null);
    }

    @PostMapping("/calls")
    ModelAndView create(@ModelAttribute("form") CallForm form, Authentication auth) {
        List<Outcome.Violation> bad = new ArrayList<>();
        NewIncident incident = read(form, bad);
        if (incident == null) {
            return page(form, Refusal.invalid(bad));
        }
        Outcome<Incident> outcome = dispatch.createIncident(PageChrome.actor(auth), incident);
        if (outcome instanceof Outcome.Done<Incident>(Incident created)) {
            events.incident(created, "CREATED");
            return new ModelAndView("redirect:/incidents/" + created.id());
        }
        return page(form, Refusal.of(outcome));
    }

    /** The new incident of the form, or null with the violations added to {@code bad}. */
    static @Nullable NewIncident read(CallForm form, List<Outcome.Violation> bad) {
        CallerNumber number = CallerNumber.parse(text(form.callerNumber())).orElse(null);
        if (number == null) {
            bad.add(new Outcome.Violation("callerNumber", "an optional + and 3 to 15 digits"));
        }
        IncidentType type = null;
        try {
            type = IncidentType.valueOf(text(form.type()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            bad.add(new Outcome.Violation("type", "choose a type"));
        }
        Priority priority = null;
        try {
            priority = Priority.ofLevel(Integer.parseInt(text(form.priority()))).orElse(null);
        } catch (NumberFormatException e) {
            // reported below
        }
        if (priority == null) {
            bad.add(new Outcome.Violation("priority", "1 (most urgent) to 4"));
        }
        GeoPoint location = point(form, bad);
        if (number == null || type == null || priority == null || !bad.isEmpty()) {
            return null;
        }
        return new NewIncident(number, type, priority, text(form.description()), text(form.note()), location);
    }

    /** The optional location: both coordinates or neither. */
    private static @Nullable GeoPoint point(CallForm form, List<Outcome.Violation> bad) {
        String lat = text(form.lat());
        String lon = text(form.lon());
        if (lat.isEmpty() && lon.isEmpty()) {
            return null;
        }
        try {
            double latitude = Double.parseDouble(lat);
            double longitude = Double.parseDouble(lon);
            if (latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180) {
                return new GeoPoint(latitude, longitude);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        bad.add(new Outcome.Violation("location", "latitude -90..90 and longitude -180..180, or neither"));
        return null;
    }

    private ModelAndView page(CallForm form, @Nullable Refusal refusal) {
        ModelAndView page = new ModelAndView("call-new");
        page.addObject("form", form);
        page.addObject("types", IncidentType.values());
        page.addObject("priorities", Priority.values());
        page.addObject("tileUrl", tileUrl);
        page.addObject("maxDescription", NewIncident.MAX_DESCRIPTION);
        page.addObject("maxNote", NewIncident.MAX_NOTE);
        if (refusal != null) {
            page.addObject("errors", refusal.messages());
            page.setStatus(refusal.status());
        }
        return page;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
