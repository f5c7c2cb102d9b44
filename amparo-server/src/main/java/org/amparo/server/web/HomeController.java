package org.amparo.server.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.engine.Transactions;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationStatus;
import org.amparo.core.legal.AuthorizationStore;
import org.amparo.core.monitoring.MonitoringOrderDefinition;
import org.amparo.core.monitoring.MonitoringOrderStore;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The landing page depends on the role: what each person opens first at the start of a shift. An approver starts at
 * the pending requests with their deadlines, an auditor at the chain's state and the transparency figures, an
 * operator at the alert queue, a dispatcher at the board, a supervisor at the summary with its plots, an
 * investigator at the own requests and orders. The auditor's and supervisor's pages are {@link OversightHomeController}'s.
 */
@Controller
public class HomeController {
    /** Most authorizations read for a home page. */
    static final int MAX_ROWS = 500;
    /** Recently decided requests shown to the approver. */
    static final int RECENT = 10;

    private final AuthorizationStore authorizations;
    private final MonitoringOrderStore orders;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public HomeController(
            AuthorizationStore authorizations,
            MonitoringOrderStore orders,
            AuditLog audit,
            Transactions tx,
            Clock clock) {
        this.authorizations = authorizations;
        this.orders = orders;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Authentication auth) {
        return "redirect:" + landing(PageChrome.actor(auth));
    }

    static String landing(Actor actor) {
        if (actor.has(Role.APPROVER)) {
            return "/home/approver";
        }
        if (actor.has(Role.AUDITOR)) {
            return "/home/auditor";
        }
        if (actor.has(Role.OPERATOR)) {
            return "/alerts";
        }
        if (actor.has(Role.DISPATCHER)) {
            return "/dispatch";
        }
        if (actor.has(Role.SUPERVISOR)) {
            return "/home/supervisor";
        }
        if (actor.has(Role.INVESTIGATOR)) {
            return "/home/investigator";
        }
        return "/map";
    }

    /**
     * A pending request as the approver sees it: its decision deadline (CHARTER section 1: 24 h for live use, 48 h
     * after the request for post-event use) and the time left, negative when overdue.
     */
    public record Pending(Authorization a, Instant deadline, Duration left) {
        public boolean overdue() {
            return left.isNegative();
        }

        /** Overdue first, then urgent uses (they run before approval), then the nearest deadline. */
        static final Comparator<Pending> ORDER = Comparator.comparing((Pending p) -> !p.overdue())
                .thenComparing(p -> !p.a().urgent())
                .thenComparing(Pending::deadline);

        /** The time left (or past the deadline) as the boards write durations: "5 h 12 min". */
        public String leftText() {
            return DispatchRows.duration(Math.abs(left.toSeconds()));
        }
    }

    @GetMapping("/home/approver")
    ModelAndView approver() {
        Instant now = clock.instant();
        // Pending ones on their own: however many were decided since, none waiting is left out.
        List<Authorization> requested =
                tx.inTransaction(() -> authorizations.list(AuthorizationStatus.REQUESTED, MAX_ROWS));
        List<Authorization> latest = tx.inTransaction(() -> authorizations.list(null, MAX_ROWS));
        ModelAndView page = new ModelAndView("home-approver");
        page.addObject(
                "pending",
                requested.stream()
                        .map(a -> new Pending(a, a.urgentDeadline(), Duration.between(now, a.urgentDeadline())))
                        .sorted(Pending.ORDER)
                        .toList());
        page.addObject(
                "decided",
                latest.stream()
                        .filter(a -> a.decision() != null)
                        .sorted(Comparator.comparing((Authorization a) -> decidedAt(a))
                                .reversed())
                        .limit(RECENT)
                        .toList());
        return page;
    }

    /** An investigator's own requests, newest first, and the active monitoring orders under them. */
    @GetMapping("/home/investigator")
    ModelAndView investigator(Authentication auth) {
        Actor actor = PageChrome.actor(auth);
        Instant now = clock.instant();
        record Own(List<Authorization> requests, List<MonitoringOrderDefinition> orders) {}
        Own own = tx.inTransaction(() -> {
            List<Authorization> mine = authorizations.list(null, MAX_ROWS).stream()
                    .filter(a -> a.requestedBy().equals(actor.username()))
                    .toList();
            List<MonitoringOrderDefinition> active = new ArrayList<>();
            List<AuditRecord> reads = new ArrayList<>();
            for (Authorization a : mine) {
                List<MonitoringOrderDefinition> under = orders.activeUnder(a.id());
                if (!under.isEmpty()) {
                    active.addAll(under);
                    reads.add(AuditRecord.by(actor, now)
                            .authorization(a.id())
                            .justification("the requester's home page: active orders under the own authorization")
                            .detail("home orders=" + under.size())
                            .success(AuditAction.READ, AuditObjectType.MONITORING_ORDER, "-"));
                }
            }
            audit.appendAll(reads);
            active.sort(
                    Comparator.comparing(MonitoringOrderDefinition::createdAt).reversed());
            return new Own(mine, active);
        });
        ModelAndView page = new ModelAndView("home-investigator");
        page.addObject("requests", own.requests());
        page.addObject("orders", own.orders());
        page.addObject("now", now);
        return page;
    }

    private static Instant decidedAt(Authorization a) {
        return a.decision() == null ? a.requestedAt() : a.decision().at();
    }
}
