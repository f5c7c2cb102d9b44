package org.amparo.core.evidence;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce per message and associated data that binds the ciphertext
 * to the record it belongs to (a ciphertext copied to another record fails to open). The key comes
 * from configuration and is never logged. Thread-safe: each call uses its own {@link Cipher}.
 */
public final class BlobCipher {
    /** Key length in bytes (256 bits). */
    public static final int KEY_BYTES = 32;

    /** Nonce length in bytes (96 bits). */
    public static final int NONCE_BYTES = 12;

    /** Authentication tag length in bytes (128 bits). */
    public static final int TAG_BYTES = 16;

    private final SecretKeySpec key;
    private final SecureRandom random;

    /**
     * @param key {@value #KEY_BYTES} bytes, copied
     * @param random the nonce source; a {@link SecureRandom} in production
     */
    public BlobCipher(byte[] key, SecureRandom random) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("an AES-256 key is " + KEY_BYTES + " bytes, got " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.random = random;
    }

    /** A cipher with the base64 key of the configuration and the platform's secure random source. */
    public static BlobCipher fromBase64(String base64Key) {
        return new BlobCipher(Base64.getDecoder().decode(base64Key.strip()), new SecureRandom());
    }

    /** Encrypts {@code plain}, bound to {@code associated}. */
    public Sealed seal(byte[] plain, byte[] associated) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(associated);
            byte[] encrypted = cipher.doFinal(plain);
            return Sealed.of(ByteBuffer.allocate(NONCE_BYTES + encrypted.length)
                    .put(nonce)
                    .put(encrypted)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** Decrypts, or throws {@link IntegrityException} when the tag does not verify. */
    public byte[] open(Sealed sealed, byte[] associated) {
        byte[] all = sealed.bytes();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key,
                    new GCMParameterSpec(TAG_BYTES * 8, Arrays.copyOfRange(all, 0, NONCE_BYTES)));
            cipher.updateAAD(associated);
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new IntegrityException("sealed data failed authentication: altered, misplaced or wrong key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }
}
