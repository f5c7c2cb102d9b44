package org.amparo.core.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex, the form every hash in Amparo's evidence and audit takes. Stateless. */
public final class Sha256 {
    /** Length of the hex text. */
    public static final int HEX_LENGTH = 64;

    private Sha256() {}

    public static String hex(byte[] data) {
        return HexFormat.of().formatHex(digest(data));
    }

    public static byte[] digest(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    /** Whether {@code text} has the form of a hex SHA-256. */
    public static boolean isHex(String text) {
        return text.length() == HEX_LENGTH
                && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
