package org.amparo.core.transparency;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The publishable report of one period (CHARTER section 7). It holds counts only: no names,
 * identifiers, positions or images. Immutable.
 *
 * @param from period start (inclusive)
 * @param to period end (exclusive)
 * @param generatedAt when it was computed
 * @param authorizationsByPurpose requested, approved, rejected and urgent counts per purpose
 * @param matches face matches proposed
 * @param matchesConfirmed matches confirmed by two people
 * @param matchesRejected matches rejected by a reviewer
 * @param falseMatchRate rejected / (confirmed + rejected), or null when nothing was reviewed
 * @param alerts alerts raised, per kind
 * @param deletions records deleted, per data class or reason
 */
public record TransparencyReport(
        Instant from,
        Instant to,
        Instant generatedAt,
        Map<String, PurposeCounts> authorizationsByPurpose,
        long matches,
        long matchesConfirmed,
        long matchesRejected,
        @Nullable Double falseMatchRate,
        Map<String, Long> alerts,
        Map<String, Long> deletions) {

    /** Counts for one purpose. */
    public record PurposeCounts(long requested, long approved, long rejected, long urgent) {}

    public TransparencyReport {
        authorizationsByPurpose = Map.copyOf(authorizationsByPurpose);
        alerts = Map.copyOf(alerts);
        deletions = Map.copyOf(deletions);
    }
}
