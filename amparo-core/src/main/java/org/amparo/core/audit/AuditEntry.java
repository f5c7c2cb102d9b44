package org.amparo.core.audit;

/**
 * A record placed in the chain: its sequence number, the hash of the entry before it and its own
 * hash, which covers every field and the previous hash. Immutable.
 *
 * @param seq position in the chain, starting at 1, without gaps
 * @param record the audited event
 * @param previousHash hex SHA-256 of the previous entry (the anchor's for the first kept entry)
 * @param hash hex SHA-256 of this entry
 */
public record AuditEntry(long seq, AuditRecord record, String previousHash, String hash) {
    public AuditEntry {
        if (seq < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1");
        }
    }
}
