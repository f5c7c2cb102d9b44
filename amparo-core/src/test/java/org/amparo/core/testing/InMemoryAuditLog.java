package org.amparo.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.amparo.core.audit.AuditAnchor;
import org.amparo.core.audit.AuditChain;
import org.amparo.core.audit.AuditEntry;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.audit.AuditUsage;
import org.amparo.core.audit.AuditVerification;

/**
 * An audit log in a list, chained by {@link AuditChain} exactly as a real store chains it, so that
 * {@link #verify} is meaningful. Tests can tamper with or drop entries to prove that verification
 * notices. Thread-safe (every method is synchronized).
 */
public final class InMemoryAuditLog implements AuditLog {
    private final List<AuditEntry> entries = new ArrayList<>();
    private AuditAnchor anchor = AuditAnchor.GENESIS;

    @Override
    public synchronized AuditEntry append(AuditRecord record) {
        AuditAnchor head = entries.isEmpty() ? anchor : AuditChain.anchorOf(entries.getLast());
        AuditEntry entry = AuditChain.link(head, record);
        entries.add(entry);
        return entry;
    }

    @Override
    public synchronized List<AuditEntry> between(Instant from, Instant to, int limit) {
        return entries.stream()
                .filter(e -> !e.record().at().isBefore(from) && e.record().at().isBefore(to))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<AuditEntry> latest(int limit) {
        List<AuditEntry> newestFirst = new java.util.ArrayList<>(entries);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().limit(limit).toList();
    }

    @Override
    public synchronized List<AuditUsage> usage(String authorizationId) {
        Map<List<Object>, AuditUsage> groups = new LinkedHashMap<>();
        for (AuditEntry e : entries) {
            AuditRecord r = e.record();
            if (authorizationId.equals(r.authorizationId())) {
                groups.merge(
                        List.of(r.action(), r.objectType(), r.result()),
                        new AuditUsage(r.action(), r.objectType(), r.result(), 1, r.at(), r.at()),
                        (a, b) -> new AuditUsage(
                                a.action(),
                                a.objectType(),
                                a.result(),
                                a.count() + 1,
                                a.first().isBefore(b.first()) ? a.first() : b.first(),
                                a.last().isAfter(b.last()) ? a.last() : b.last()));
            }
        }
        return groups.values().stream()
                .sorted(Comparator.comparing(AuditUsage::first))
                .toList();
    }

    @Override
    public synchronized AuditVerification verify() {
        return AuditChain.verify(anchor, List.copyOf(entries));
    }

    /** Every kept entry, oldest first. */
    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    /** The most recent entry; fails when the log is empty. */
    public synchronized AuditEntry last() {
        return entries.getLast();
    }

    public synchronized AuditAnchor anchor() {
        return anchor;
    }

    /**
     * Replaces the record of entry {@code seq} with {@code change} applied to it, keeping the stored
     * hashes: what an attacker with write access to the table would do.
     */
    public synchronized void tamper(long seq, UnaryOperator<AuditRecord> change) {
        int index = indexOf(seq);
        AuditEntry old = entries.get(index);
        entries.set(index, new AuditEntry(old.seq(), change.apply(old.record()), old.previousHash(), old.hash()));
    }

    /** Removes entry {@code seq} without relinking: a deletion verification must detect. */
    public synchronized void remove(long seq) {
        entries.remove(indexOf(seq));
    }

    /**
     * Removes the oldest {@code count} entries the way the retention purge does: the last removed one
     * becomes the anchor, so the remaining chain still verifies.
     */
    public synchronized void purgeOldest(int count) {
        for (int i = 0; i < count && !entries.isEmpty(); i++) {
            anchor = AuditChain.anchorOf(entries.removeFirst());
        }
    }

    private int indexOf(long seq) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).seq() == seq) {
                return i;
            }
        }
        throw new IllegalArgumentException("no audit entry " + seq);
    }
}
