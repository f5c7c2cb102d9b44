package org.amparo.server.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.amparo.core.access.Actor;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditEntry;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.audit.AuditVerification;
import org.amparo.core.engine.Transactions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The auditor's page: whether the hash chain is intact and the entries of the last week. Viewing it
 * is itself audited, in the same transaction as the read, as the API does.
 */
@Controller
public class AuditPageController {
    /** How far back the page looks. */
    static final Duration WINDOW = Duration.ofDays(7);
    /** Most entries shown. */
    static final int MAX_ENTRIES = 200;

    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public AuditPageController(AuditLog audit, Transactions tx, Clock clock) {
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String audit(Model model, Authentication auth) {
        Actor actor = PageChrome.actor(auth);
        AuditVerification chain = audit.verify();
        Instant now = clock.instant();
        Instant from = now.minus(WINDOW);
        List<AuditEntry> entries = tx.inTransaction(() -> {
            List<AuditEntry> found = audit.latest(MAX_ENTRIES).stream()
                    .filter(e -> !e.record().at().isBefore(from))
                    .toList();
            audit.append(AuditRecord.by(actor, now)
                    .detail("page latest=" + MAX_ENTRIES + " since=" + from + " returned=" + found.size()
                            + " chainValid=" + (chain instanceof AuditVerification.Valid))
                    .success(AuditAction.READ, AuditObjectType.AUDIT_LOG, "-"));
            return found;
        });
        model.addAttribute("chain", chain);
        model.addAttribute("intact", chain instanceof AuditVerification.Valid);
        model.addAttribute("entries", entries);
        model.addAttribute("from", from);
        model.addAttribute("limit", MAX_ENTRIES);
        return "audit";
    }
}
