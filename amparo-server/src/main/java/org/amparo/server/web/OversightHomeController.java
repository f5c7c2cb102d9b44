package org.amparo.server.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.amparo.core.access.Actor;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.audit.AuditVerification;
import org.amparo.core.engine.Transactions;
import org.amparo.core.transparency.TransparencyReport;
import org.amparo.core.transparency.TransparencyService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The home pages of oversight and supervision. The auditor's: the audit chain's verification (as {@code /audit} and
 * the verify command run it, itself audited), the transparency report of the last {@value
 * TransparencyPageController#DEFAULT_DAYS} days as its page computes it, the plots and the links to the audit log and
 * its export; no live operation (CHARTER section 7). The supervisor's: the same plots and the links to the map, the
 * alert queue and the dispatch board.
 */
@Controller
public class OversightHomeController {
    private final AuditLog audit;
    private final TransparencyService transparency;
    private final HomePlots plots;
    private final Transactions tx;
    private final Clock clock;

    public OversightHomeController(
            AuditLog audit, TransparencyService transparency, HomePlots plots, Transactions tx, Clock clock) {
        this.audit = audit;
        this.transparency = transparency;
        this.plots = plots;
        this.tx = tx;
        this.clock = clock;
    }

    /** Totals of a transparency report, for a short summary. */
    public record Totals(long requested, long approved, long rejected, long urgent, long alerts, long deletions) {
        static Totals of(TransparencyReport r) {
            var purposes = r.authorizationsByPurpose().values();
            return new Totals(
                    purposes.stream()
                            .mapToLong(TransparencyReport.PurposeCounts::requested)
                            .sum(),
                    purposes.stream()
                            .mapToLong(TransparencyReport.PurposeCounts::approved)
                            .sum(),
                    purposes.stream()
                            .mapToLong(TransparencyReport.PurposeCounts::rejected)
                            .sum(),
                    purposes.stream()
                            .mapToLong(TransparencyReport.PurposeCounts::urgent)
                            .sum(),
                    sum(r.alerts()),
                    sum(r.deletions()));
        }

        private static long sum(Map<String, Long> counts) {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    @GetMapping("/home/auditor")
    ModelAndView auditor(Authentication auth, Locale locale) {
        Actor actor = PageChrome.actor(auth);
        Instant verifiedAt = clock.instant();
        AuditVerification chain = audit.verify();
        tx.inTransaction(() -> audit.append(AuditRecord.by(actor, verifiedAt)
                .detail("home page valid=" + (chain instanceof AuditVerification.Valid))
                .success(AuditAction.VERIFY, AuditObjectType.AUDIT_LOG, "-")));
        LocalDate last = LocalDate.ofInstant(verifiedAt, ZoneOffset.UTC);
        LocalDate first = last.minusDays(TransparencyPageController.DEFAULT_DAYS - 1L);
        TransparencyReport report = transparency.report(
                first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        ModelAndView page = new ModelAndView("home-auditor");
        page.addObject("chain", chain);
        page.addObject("intact", chain instanceof AuditVerification.Valid);
        page.addObject("verifiedAt", verifiedAt);
        page.addObject("from", first);
        page.addObject("to", last);
        page.addObject("report", report);
        page.addObject("totals", Totals.of(report));
        page.addObject("alerts", new TreeMap<>(report.alerts()));
        page.addObject("plots", plots.all(actor, locale));
        return page;
    }

    @GetMapping("/home/supervisor")
    ModelAndView supervisor(Authentication auth, Locale locale) {
        ModelAndView page = new ModelAndView("home-supervisor");
        page.addObject("plots", plots.all(PageChrome.actor(auth), locale));
        return page;
    }
}
