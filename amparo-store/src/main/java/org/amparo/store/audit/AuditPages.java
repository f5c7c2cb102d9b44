package org.amparo.store.audit;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.amparo.core.audit.AuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit entries with {@code afterSeq < seq <= lastSeq}, in sequence order, read lazily one page
 * (keyset query) at a time so that a long log never sits in memory whole. Each iterator reads
 * afresh; not thread-safe.
 */
final class AuditPages implements Iterable<AuditEntry> {
    private final JdbcClient jdbc;
    private final long afterSeq;
    private final long lastSeq;
    private final int pageSize;

    AuditPages(JdbcClient jdbc, long afterSeq, long lastSeq, int pageSize) {
        this.jdbc = jdbc;
        this.afterSeq = afterSeq;
        this.lastSeq = lastSeq;
        this.pageSize = pageSize;
    }

    @Override
    public Iterator<AuditEntry> iterator() {
        return new Iterator<>() {
            private long cursor = afterSeq;
            private Iterator<AuditEntry> page = List.<AuditEntry>of().iterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && !exhausted) {
                    List<AuditEntry> next = load(cursor);
                    exhausted = next.size() < pageSize;
                    if (!next.isEmpty()) {
                        cursor = next.getLast().seq();
                    }
                    page = next.iterator();
                }
                return page.hasNext();
            }

            @Override
            public AuditEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
    }

    private List<AuditEntry> load(long after) {
        return jdbc.sql(AuditRows.SELECT_ENTRIES + " WHERE seq > :after AND seq <= :last ORDER BY seq LIMIT :limit")
                .param("after", after)
                .param("last", lastSeq)
                .param("limit", pageSize)
                .query(AuditRows::entry)
                .list();
    }
}
