package org.amparo.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash-chain rules: how an entry's SHA-256 is computed and how a sequence of entries is checked.
 * Every field is length-prefixed so that no two different entries share an encoding. Stateless and
 * thread-safe.
 */
public final class AuditChain {
    private AuditChain() {}

    /** Places {@code record} after the entry {@code previous} (the anchor when the log is empty). */
    public static AuditEntry link(AuditAnchor previous, AuditRecord record) {
        long seq = previous.seq() + 1;
        return new AuditEntry(seq, record, previous.hash(), hash(seq, record, previous.hash()));
    }

    /** The hex SHA-256 over the entry's canonical encoding. */
    public static String hash(long seq, AuditRecord r, String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        append(canonical, Long.toString(seq));
        append(canonical, r.at().toString());
        append(canonical, r.username());
        append(canonical, r.roles());
        append(canonical, r.action().name());
        append(canonical, r.objectType().name());
        append(canonical, r.objectId());
        append(canonical, r.authorizationId());
        append(canonical, r.justification());
        append(canonical, r.result().name());
        append(canonical, r.detail());
        append(canonical, previousHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static void append(StringBuilder out, @Nullable String field) {
        if (field == null) {
            out.append("-1:");
        } else {
            out.append(field.length()).append(':').append(field);
        }
        out.append('|');
    }

    /** The anchor that the entry after {@code entry} links to. */
    public static AuditAnchor anchorOf(AuditEntry entry) {
        return new AuditAnchor(entry.seq(), entry.hash());
    }

    /**
     * Checks entries in ascending sequence order, starting after {@code anchor}: each must follow
     * without a gap, link to its predecessor's hash and carry its own correct hash.
     */
    public static AuditVerification verify(AuditAnchor anchor, Iterable<AuditEntry> entries) {
        AuditAnchor previous = anchor;
        long count = 0;
        for (AuditEntry entry : entries) {
            if (entry.seq() != previous.seq() + 1) {
                return new AuditVerification.Broken(
                        count, previous.seq() + 1, "entry " + (previous.seq() + 1) + " is missing");
            }
            if (!entry.previousHash().equals(previous.hash())) {
                return new AuditVerification.Broken(
                        count, entry.seq(), "entry does not link to the hash of the entry before it");
            }
            if (!entry.hash().equals(hash(entry.seq(), entry.record(), entry.previousHash()))) {
                return new AuditVerification.Broken(count, entry.seq(), "entry content does not match its hash");
            }
            previous = anchorOf(entry);
            count++;
        }
        return new AuditVerification.Valid(count, previous.seq());
    }
}
