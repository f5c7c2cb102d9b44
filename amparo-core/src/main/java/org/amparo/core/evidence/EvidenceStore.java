package org.amparo.core.evidence;

import java.util.Optional;
import org.amparo.core.legal.AuthorizationId;

/**
 * Encrypted evidence blobs with their metadata. Content is sealed with AES-GCM bound to its id
 * before it reaches storage; reads verify both the tag and the SHA-256. Metadata writes join the
 * caller's transaction. Thread-safe.
 */
public interface EvidenceStore {
    /** Stores {@code content}, which must hash to {@code record.sha256()}. */
    void put(EvidenceRecord record, byte[] content);

    Optional<EvidenceRecord> find(EvidenceId id);

    /** The plain content; {@link IntegrityException} when it was altered. */
    byte[] read(EvidenceRecord record);

    /** Deletes every item produced under {@code authorization}, metadata and blobs; returns how many. */
    long eraseUnder(AuthorizationId authorization);
}
