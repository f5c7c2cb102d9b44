package org.amparo.server.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.core.access.Actor;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditEntry;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.audit.AuditVerification;
import org.amparo.core.engine.Transactions;
import org.amparo.server.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log, for the auditor only: entries of a period and verification of the chain. */
@RestController
@RequestMapping("/api/v1/audit")
public class AuditController {
    /** Most entries returned by one call; page with {@code from}. */
    public static final int MAX_ENTRIES = 5_000;

    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public AuditController(AuditLog audit, Transactions tx, Clock clock) {
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** One entry as JSON, with the chain fields so that an external party can re-verify it. */
    public record EntryView(
            long seq,
            Instant at,
            String username,
            String roles,
            AuditAction action,
            AuditObjectType objectType,
            String objectId,
            @Nullable String authorizationId,
            @Nullable String justification,
            String result,
            String detail,
            String previousHash,
            String hash) {
        static EntryView of(AuditEntry e) {
            AuditRecord r = e.record();
            return new EntryView(
                    e.seq(),
                    r.at(),
                    r.username(),
                    r.roles(),
                    r.action(),
                    r.objectType(),
                    r.objectId(),
                    r.authorizationId(),
                    r.justification(),
                    r.result().name(),
                    r.detail(),
                    e.previousHash(),
                    e.hash());
        }
    }

    @GetMapping
    List<EntryView> entries(
            @RequestParam(name = "from", required = false) @Nullable Instant from,
            @RequestParam(name = "to", required = false) @Nullable Instant to,
            @RequestParam(name = "limit", required = false, defaultValue = "1000") int limit,
            Authentication auth) {
        Instant now = clock.instant();
        Instant end = to == null ? now.plusSeconds(1) : to;
        Instant start = from == null ? end.minus(Duration.ofDays(1)) : from;
        if (!end.isAfter(start)) {
            throw RefusedException.invalid("to", "must be after from");
        }
        if (limit < 1 || limit > MAX_ENTRIES) {
            throw RefusedException.invalid("limit", "1.." + MAX_ENTRIES);
        }
        Actor actor = CurrentActor.of(auth);
        return tx.inTransaction(() -> {
            List<AuditEntry> entries = audit.between(start, end, limit);
            audit.append(AuditRecord.by(actor, now)
                    .detail("from=" + start + " to=" + end + " returned=" + entries.size())
                    .success(AuditAction.READ, AuditObjectType.AUDIT_LOG, "-"));
            return entries.stream().map(EntryView::of).toList();
        });
    }

    @GetMapping("/verify")
    Map<String, Object> verify(Authentication auth) {
        Actor actor = CurrentActor.of(auth);
        AuditVerification result = audit.verify();
        Map<String, Object> body = new LinkedHashMap<>();
        switch (result) {
            case AuditVerification.Valid valid -> {
                body.put("valid", true);
                body.put("entries", valid.verifiedEntries());
                body.put("lastEntry", valid.lastSeq());
            }
            case AuditVerification.Broken broken -> {
                body.put("valid", false);
                body.put("entries", broken.verifiedEntries());
                body.put("firstBrokenEntry", broken.firstBrokenEntry());
                body.put("reason", broken.reason());
            }
        }
        tx.inTransaction(() -> audit.append(AuditRecord.by(actor, clock.instant())
                .detail("valid=" + body.get("valid"))
                .success(AuditAction.VERIFY, AuditObjectType.AUDIT_LOG, "-")));
        return body;
    }
}
