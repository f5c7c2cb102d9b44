package org.amparo.core.dispatch.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.audit.Refusals;
import org.amparo.core.dispatch.ProvinceRef;
import org.amparo.core.engine.Outcome;
import org.amparo.core.engine.Transactions;
import org.jspecify.annotations.Nullable;

/**
 * Incident statistics for dispatchers, supervisors and auditors (charter section 7: auditors see statistics, not
 * live operations). The results hold no personal data; each query is audited all the same, as a search. Thread-safe.
 */
public final class StatisticsService {
    private static final Comparator<ProvinceComparison> BY_PROVINCE = Comparator.comparing(
            ProvinceComparison::province,
            Comparator.nullsLast(Comparator.comparing(ProvinceRef::name).thenComparing(ProvinceRef::id)));

    private final Transactions tx;
    private final IncidentFactsSource facts;
    private final AuditLog audit;
    private final Clock clock;

    public StatisticsService(Transactions tx, IncidentFactsSource facts, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Incidents per period, province, type and priority, with response times. */
    public Outcome<List<IncidentStatsRow>> incidents(Actor actor, StatsQuery query) {
        return audited(actor, "incidents " + query, () -> {
            IncidentAggregation aggregation = new IncidentAggregation(query);
            facts.scan(query.from(), query.to(), aggregation);
            return aggregation.rows();
        });
    }

    /**
     * Incidents per province in {@code [from, to)} against the same span a year earlier (one year back on the
     * calendar of {@code zone}), by province name.
     */
    public Outcome<List<ProvinceComparison>> compareWithYearBefore(Actor actor, Instant from, Instant to, ZoneId zone) {
        if (!from.isBefore(to)) {
            return Outcome.invalid("from", "from must be before to");
        }
        Instant beforeFrom = ZonedDateTime.ofInstant(from, zone).minusYears(1).toInstant();
        Instant beforeTo = ZonedDateTime.ofInstant(to, zone).minusYears(1).toInstant();
        return audited(actor, "compare from=" + from + " to=" + to + " zone=" + zone, () -> {
            Map<@Nullable ProvinceRef, Long> after = count(from, to);
            Map<@Nullable ProvinceRef, Long> before = count(beforeFrom, beforeTo);
            Set<@Nullable ProvinceRef> provinces = new HashSet<>(after.keySet());
            provinces.addAll(before.keySet());
            List<ProvinceComparison> rows = new ArrayList<>();
            for (ProvinceRef province : provinces) {
                rows.add(ProvinceComparison.of(
                        province, before.getOrDefault(province, 0L), after.getOrDefault(province, 0L)));
            }
            rows.sort(BY_PROVINCE);
            return List.copyOf(rows);
        });
    }

    private Map<@Nullable ProvinceRef, Long> count(Instant from, Instant to) {
        Map<@Nullable ProvinceRef, Long> counts = new HashMap<>();
        facts.scan(from, to, f -> {
            if (!f.createdAt().isBefore(from) && f.createdAt().isBefore(to)) {
                counts.merge(f.province(), 1L, Long::sum);
            }
        });
        return counts;
    }

    private <T> Outcome<T> audited(Actor actor, String what, Supplier<T> query) {
        Instant now = clock.instant();
        Outcome<T> outcome;
        if (actor.has(Role.DISPATCHER) || actor.has(Role.SUPERVISOR) || actor.has(Role.AUDITOR)) {
            outcome = tx.inTransaction(() -> {
                T result = query.get();
                audit.append(AuditRecord.by(actor, now)
                        .detail("incident statistics " + what)
                        .success(AuditAction.SEARCH, AuditObjectType.REPORT, "incident-statistics"));
                return new Outcome.Done<>(result);
            });
        } else {
            outcome = new Outcome.Forbidden<>("only dispatchers, supervisors and auditors read incident statistics");
        }
        return Refusals.audited(
                tx,
                audit,
                actor,
                now,
                "incident statistics",
                AuditAction.SEARCH,
                AuditObjectType.REPORT,
                "incident-statistics",
                outcome);
    }
}
