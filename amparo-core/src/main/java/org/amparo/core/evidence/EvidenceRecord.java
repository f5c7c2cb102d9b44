package org.amparo.core.evidence;

import java.time.Instant;
import java.util.Objects;
import org.amparo.core.legal.AuthorizationId;

/**
 * What is known about one stored evidence item without decrypting it. Immutable.
 *
 * @param id identifier
 * @param authorizationId the authorization it was produced under (erased with it when required)
 * @param kind enrolment photo or probe crop
 * @param mediaType e.g. {@code image/jpeg}
 * @param sha256 hex SHA-256 of the plain content
 * @param sizeBytes length of the plain content, in bytes
 * @param storedAt when it was stored
 */
public record EvidenceRecord(
        EvidenceId id,
        AuthorizationId authorizationId,
        EvidenceKind kind,
        String mediaType,
        String sha256,
        long sizeBytes,
        Instant storedAt) {
    public EvidenceRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(authorizationId, "authorizationId");
        if (!Sha256.isHex(sha256)) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
        if (sizeBytes < 0 || mediaType.isBlank() || mediaType.length() > 100) {
            throw new IllegalArgumentException("size must not be negative and the media type 1..100 characters");
        }
    }

    /** The record describing {@code content}. */
    public static EvidenceRecord of(
            EvidenceId id,
            AuthorizationId authorization,
            EvidenceKind kind,
            String mediaType,
            byte[] content,
            Instant at) {
        return new EvidenceRecord(id, authorization, kind, mediaType, Sha256.hex(content), content.length, at);
    }
}
