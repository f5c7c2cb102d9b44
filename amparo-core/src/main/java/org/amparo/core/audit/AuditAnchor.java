package org.amparo.core.audit;

/**
 * Where verification starts: the last entry removed by the retention purge (or the genesis, before
 * any purge). Kept so that purging old entries never breaks the chain of those that remain.
 *
 * @param seq sequence number of the last removed entry (0 at genesis)
 * @param hash its hash (64 zeros at genesis)
 */
public record AuditAnchor(long seq, String hash) {
    public static final AuditAnchor GENESIS = new AuditAnchor(0, "0".repeat(64));
}
