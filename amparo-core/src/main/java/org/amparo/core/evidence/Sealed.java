package org.amparo.core.evidence;

import java.util.Arrays;

/**
 * Bytes sealed by a {@link BlobCipher}: the 96-bit nonce followed by the AES-GCM ciphertext and its
 * 128-bit tag. Immutable (copied in and out); its text form never shows the content.
 */
public final class Sealed {
    private final byte[] bytes;

    private Sealed(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps a copy of stored sealed bytes; at least a nonce and a tag long. */
    public static Sealed of(byte[] stored) {
        if (stored.length < BlobCipher.NONCE_BYTES + BlobCipher.TAG_BYTES) {
            throw new IllegalArgumentException("sealed bytes are at least nonce and tag long");
        }
        return new Sealed(stored.clone());
    }

    /** A copy of the stored form. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sealed s && Arrays.equals(bytes, s.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Sealed[" + bytes.length + " bytes]";
    }
}
