package org.amparo.server.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.amparo.core.access.Actor;
import org.amparo.core.dispatch.DispatchService;
import org.amparo.core.dispatch.IncidentSummary;
import org.amparo.core.dispatch.Priority;
import org.amparo.core.dispatch.Unit;
import org.amparo.core.dispatch.UnitService;
import org.amparo.core.dispatch.UnitStatus;
import org.amparo.core.engine.Outcome;
import org.amparo.server.web.DispatchRows.BoardRow;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The dispatcher board: open incidents, most urgent then oldest first, and the units by status. It carries no
 * personal data (no caller number, no description), so it needs no justification; each incident links to its page,
 * which asks for one. {@code /dispatch/board} is the board alone, which {@code live-fragment.js} reloads when the
 * event stream announces an incident or unit change, at most once a second however many arrive.
 *
 * <p>Why the board is bounded: at national scale there are about 500 open incidents and 2,000 units, and every
 * refresh replaces the board. Rendering on the server and listing at most {@link #MAX_INCIDENT_ROWS} incidents and
 * {@link #UNITS_PER_STATUS} units per status (with the counts of all) keeps each refresh a few hundred table rows,
 * whatever the scale, so that the browser stays responsive; the full unit list is the API's.
 */
@Controller
public class BoardPageController {
    /** Most incident rows on the board; the least urgent, newest ones beyond it are counted, not listed. */
    static final int MAX_INCIDENT_ROWS = 300;
    /** Units listed per status; the others are counted. */
    static final int UNITS_PER_STATUS = 12;

    private final DispatchService dispatch;
    private final UnitService units;
    private final Clock clock;

    public BoardPageController(DispatchService dispatch, UnitService units, Clock clock) {
        this.dispatch = dispatch;
        this.units = units;
        this.clock = clock;
    }

    /** The units of one status: how many, and the first few by call sign. */
    public record UnitGroup(UnitStatus status, int count, List<Unit> listed) {
        public int more() {
            return count - listed.size();
        }
    }

    @GetMapping("/dispatch")
    ModelAndView board(Authentication auth) {
        return render("board", PageChrome.actor(auth));
    }

    @GetMapping("/dispatch/board")
    ModelAndView fragment(Authentication auth) {
        return render("board :: live", PageChrome.actor(auth));
    }

    private ModelAndView render(String view, Actor actor) {
        ModelAndView page = new ModelAndView(view);
        Outcome<List<IncidentSummary>> open = dispatch.listOpen(actor, DispatchService.MAX_LIST);
        Outcome<List<Unit>> all = units.list(actor, UnitService.MAX_LIST);
        Refusal refusal = open instanceof Outcome.Done<?> ? null : Refusal.of(open);
        if (refusal == null && !(all instanceof Outcome.Done<?>)) {
            refusal = Refusal.of(all);
        }
        List<IncidentSummary> incidents =
                open instanceof Outcome.Done<List<IncidentSummary>>(var found) ? found : List.of();
        List<Unit> unitList = all instanceof Outcome.Done<List<Unit>>(var found) ? found : List.of();
        Instant now = clock.instant();
        page.addObject(
                "rows",
                incidents.stream()
                        .limit(MAX_INCIDENT_ROWS)
                        .map(i -> new BoardRow(i, AlertPageController.age(i.createdAt(), now)))
                        .toList());
        page.addObject("openCount", incidents.size());
        page.addObject("openCapped", incidents.size() >= DispatchService.MAX_LIST);
        page.addObject("notListed", Math.max(0, incidents.size() - MAX_INCIDENT_ROWS));
        page.addObject("byPriority", byPriority(incidents));
        page.addObject("unitGroups", groups(unitList));
        page.addObject("unitCount", unitList.size());
        addRefusal(page, refusal);
        return page;
    }

    static Map<Priority, Integer> byPriority(List<IncidentSummary> incidents) {
        Map<Priority, Integer> counts = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            counts.put(p, 0);
        }
        incidents.forEach(i -> counts.merge(i.priority(), 1, Integer::sum));
        return counts;
    }

    static List<UnitGroup> groups(List<Unit> all) {
        Map<UnitStatus, List<Unit>> by = new EnumMap<>(UnitStatus.class);
        for (UnitStatus s : UnitStatus.values()) {
            by.put(s, new ArrayList<>());
        }
        all.forEach(u -> by.computeIfAbsent(u.status(), s -> new ArrayList<>()).add(u));
        return by.entrySet().stream()
                .map(e -> new UnitGroup(
                        e.getKey(),
                        e.getValue().size(),
                        e.getValue().stream()
                                .sorted(Comparator.comparing(Unit::callSign))
                                .limit(UNITS_PER_STATUS)
                                .toList()))
                .toList();
    }

    private static void addRefusal(ModelAndView page, @Nullable Refusal refusal) {
        if (refusal != null) {
            page.addObject("errors", refusal.messages());
            page.setStatus(refusal.status());
        }
    }
}
