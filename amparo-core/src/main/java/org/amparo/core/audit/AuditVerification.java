package org.amparo.core.audit;

/** The result of checking the audit chain. */
public sealed interface AuditVerification {
    /** Number of entries that verified before the end or the first broken one. */
    long verifiedEntries();

    /**
     * Every kept entry verified.
     *
     * @param verifiedEntries entries checked
     * @param lastSeq sequence number of the last entry
     */
    record Valid(long verifiedEntries, long lastSeq) implements AuditVerification {}

    /**
     * The chain is broken.
     *
     * @param verifiedEntries entries that verified before the break
     * @param firstBrokenEntry sequence number of the first entry that fails
     * @param reason what failed
     */
    record Broken(long verifiedEntries, long firstBrokenEntry, String reason) implements AuditVerification {}
}
