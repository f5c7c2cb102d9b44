package org.amparo.core.face;

import java.util.Objects;
import java.util.UUID;
import org.amparo.core.evidence.EvidenceId;
import org.amparo.core.evidence.Sealed;
import org.amparo.core.evidence.Sha256;

/**
 * One template of a watchlist entry, as stored: encrypted, with the hash of its plain form and a
 * reference to the (encrypted) uploaded photo it came from. Immutable.
 *
 * @param id identifier, part of the ciphertext's associated data
 * @param sealed the template sealed by {@link TemplateCipher}
 * @param templateSha256 hex SHA-256 of the plain serialized template (enters the gallery version)
 * @param photo the enrolment photo in the evidence store
 * @param photoSha256 hex SHA-256 of the photo
 */
public record EnrolledTemplate(UUID id, Sealed sealed, String templateSha256, EvidenceId photo, String photoSha256) {
    public EnrolledTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sealed, "sealed");
        if (!Sha256.isHex(templateSha256) || !Sha256.isHex(photoSha256)) {
            throw new IllegalArgumentException("hashes are hex SHA-256");
        }
    }
}
