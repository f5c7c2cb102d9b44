package org.amparo.core.face;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.UUID;
import org.amparo.core.evidence.BlobCipher;
import org.amparo.core.evidence.Sealed;

/**
 * Encrypts watchlist templates at rest: AES-256-GCM (key from configuration, never logged), a random
 * 96-bit nonce per template, and associated data binding each ciphertext to its entry and template
 * ids, so a template moved to another entry fails to open. Thread-safe.
 */
public final class TemplateCipher {
    private final BlobCipher cipher;

    /**
     * @param key 32 bytes (AES-256), copied
     * @param random nonce source; a {@link SecureRandom} in production
     */
    public TemplateCipher(byte[] key, SecureRandom random) {
        this.cipher = new BlobCipher(key, random);
    }

    /** A cipher with the base64 key of the configuration. */
    public static TemplateCipher fromBase64(String base64Key) {
        return new TemplateCipher(java.util.Base64.getDecoder().decode(base64Key.strip()), new SecureRandom());
    }

    public Sealed seal(WatchlistEntryId entry, UUID templateId, FaceTemplate template) {
        return cipher.seal(template.toBytes(), associated(entry, templateId));
    }

    /** Opens a template; {@link org.amparo.core.evidence.IntegrityException} when altered or misplaced. */
    public FaceTemplate open(WatchlistEntryId entry, UUID templateId, Sealed sealed) {
        return FaceTemplate.fromBytes(cipher.open(sealed, associated(entry, templateId)));
    }

    private static byte[] associated(WatchlistEntryId entry, UUID templateId) {
        return ("amparo/template/v1/" + entry + "/" + templateId).getBytes(StandardCharsets.UTF_8);
    }
}
