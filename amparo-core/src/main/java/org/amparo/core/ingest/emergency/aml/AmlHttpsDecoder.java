package org.amparo.core.ingest.emergency.aml;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.amparo.core.ingest.emergency.InvalidReason;
import org.amparo.core.ingest.emergency.LocationFlag;
import org.amparo.core.ingest.emergency.LocationResult;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the AML HTTPS form post ({@code v=1&emergency_number=...&location_latitude=...&hmac=...}, ETSI TS 103 625
 * and the Android ELS HTTPS specification).
 *
 * <p>Authentication: when a key is configured, the body must end with {@code &hmac=<40 hex digits>}, the
 * HMAC-SHA1 of the raw body bytes before {@code &hmac=} under the key; it is checked in constant time before any
 * field is read. A missing MAC is {@link InvalidReason#MISSING_MAC}, a wrong one {@link InvalidReason#BAD_MAC}.
 * Without a key every result carries {@link LocationFlag#MAC_NOT_VERIFIED}.
 *
 * <p>Fields: unknown ones are ignored; a malformed optional field is ignored and flagged
 * ({@link LocationFlag#MALFORMED_FIELD_IGNORED}), as the ELS specification asks endpoints to cope with them; a
 * malformed coordinate is {@link InvalidReason#BAD_VALUE}. Missing or zero coordinates are "no location". Never
 * throws on input; immutable and thread-safe.
 */
public final class AmlHttpsDecoder {
    /** The largest body accepted, in bytes. */
    public static final int MAX_BODY_BYTES = 8 * 1024;

    private static final String ALGORITHM = "HmacSHA1";
    private static final byte[] MAC_MARKER = "&hmac=".getBytes(StandardCharsets.US_ASCII);

    private final @Nullable SecretKeySpec key;
    private final boolean refuseAll;

    private AmlHttpsDecoder(@Nullable SecretKeySpec key, boolean refuseAll) {
        this.key = key;
        this.refuseAll = refuseAll;
    }

    /** A decoder that requires and checks {@code hmac} under {@code key} (the octets of the shared secret). */
    public static AmlHttpsDecoder withKey(byte[] key) {
        if (key.length == 0) {
            throw new IllegalArgumentException("HMAC key is empty");
        }
        return new AmlHttpsDecoder(new SecretKeySpec(key.clone(), ALGORITHM), false);
    }

    /** A decoder for deployments without a shared key: messages are flagged as not verified. */
    public static AmlHttpsDecoder unauthenticated() {
        return new AmlHttpsDecoder(null, false);
    }

    /**
     * A decoder for a server that has no shared key configured and must not trust unauthenticated senders: every
     * message is {@link InvalidReason#NO_KEY_CONFIGURED}, so that it is kept as a dead letter with that reason.
     */
    public static AmlHttpsDecoder refusingAll() {
        return new AmlHttpsDecoder(null, true);
    }

    /** Decodes one request body as received (URL-encoded ASCII). */
    public LocationResult decode(byte[] body) {
        if (refuseAll) {
            return new LocationResult.Invalid(
                    InvalidReason.NO_KEY_CONFIGURED,
                    "no AML HMAC key is configured: the sender cannot be authenticated");
        }
        if (body.length > MAX_BODY_BYTES) {
            return new LocationResult.Invalid(InvalidReason.TOO_LARGE, "body over " + MAX_BODY_BYTES + " bytes");
        }
        try {
            byte[] signed = key == null ? body : verified(key, body);
            for (byte b : signed) {
                if (b < 0x20) {
                    throw new AmlRejection(InvalidReason.MALFORMED, "control character or non-ASCII octet in body");
                }
            }
            Map<String, String> fields = FormFields.parse(new String(signed, StandardCharsets.US_ASCII));
            return AmlHttpsFields.decode(fields, key == null);
        } catch (AmlRejection e) {
            return e.toResult();
        }
    }

    /** Returns the signed part of {@code body} when its MAC is right. */
    private static byte[] verified(SecretKeySpec key, byte[] body) throws AmlRejection {
        int marker = lastIndexOf(body, MAC_MARKER);
        if (marker < 0) {
            throw new AmlRejection(InvalidReason.MISSING_MAC, "no hmac field at the end of the body");
        }
        byte[] signed = Arrays.copyOfRange(body, 0, marker);
        String hex = new String(
                        body,
                        marker + MAC_MARKER.length,
                        body.length - marker - MAC_MARKER.length,
                        StandardCharsets.US_ASCII)
                .strip();
        if (hex.length() != 40 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new AmlRejection(InvalidReason.BAD_MAC, "hmac is not 40 hexadecimal digits");
        }
        byte[] expected = mac(key, signed);
        if (!MessageDigest.isEqual(expected, HexFormat.of().parseHex(hex))) {
            throw new AmlRejection(InvalidReason.BAD_MAC, "hmac does not authenticate the body");
        }
        return signed;
    }

    /** HMAC-SHA1 of {@code message}; visible to tests that build signed bodies. */
    static byte[] mac(SecretKeySpec key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is required of every JDK", e);
        }
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
