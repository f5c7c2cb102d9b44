package org.amparo.core.ingest.emergency.aml;

import java.util.HexFormat;
import org.amparo.core.ingest.emergency.InvalidReason;
import org.amparo.core.ingest.emergency.LocationResult;
import org.amparo.core.ingest.emergency.LocationSource;
import org.jspecify.annotations.Nullable;

/**
 * Decodes AML SMS messages (ETSI TS 103 625): the text forms {@code A"ML=1;...} and {@code A"ML=2;...}, and the data
 * SMS whose user data is the same text in GSM 7-bit packed form, given as hexadecimal or octets.
 *
 * <p>Version 1: the closed attribute set is enforced (an unknown attribute is {@link InvalidReason#UNKNOWN_ATTRIBUTE});
 * {@code ml} is compared with the real length in characters and a difference is flagged, not refused;
 * {@code pm=N}, {@code rd=N} and zero coordinates are "no location". Version 2: unknown attributes are ignored;
 * {@code ls=N}, a missing {@code lo} and zero coordinates are "no location". Never throws on input; stateless and
 * thread-safe.
 */
public final class AmlSmsDecoder {
    /** The longest text accepted, in chars: six concatenated SMS segments. */
    public static final int MAX_TEXT_LENGTH = 1024;
    /** The most octets accepted in a data SMS user data. */
    public static final int MAX_DATA_OCTETS = 6 * 140;

    private static final String HEADER_V1 = "A\"ML=1;";
    private static final String HEADER_V2 = "A\"ML=2;";

    /** Decodes a text SMS as received from the SMS gateway; surrounding whitespace is ignored. */
    public LocationResult decodeText(String message) {
        if (message.length() > MAX_TEXT_LENGTH) {
            return new LocationResult.Invalid(InvalidReason.TOO_LARGE, "longer than " + MAX_TEXT_LENGTH + " chars");
        }
        String text = message.strip();
        return decode(text, text.length(), null);
    }

    /** Decodes a data SMS given as hexadecimal user data (whitespace between digits allowed). */
    public LocationResult decodeHex(String hex) {
        if (hex.length() > 4 * MAX_DATA_OCTETS) {
            return new LocationResult.Invalid(InvalidReason.TOO_LARGE, "longer than " + MAX_DATA_OCTETS + " octets");
        }
        String digits = hex.replaceAll("\\s+", "");
        if (digits.length() % 2 != 0 || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return new LocationResult.Invalid(InvalidReason.MALFORMED, "not an even number of hexadecimal digits");
        }
        return decodeData(HexFormat.of().parseHex(digits));
    }

    /** Decodes a data SMS's user data octets (GSM 7-bit packed, no user data header). */
    public LocationResult decodeData(byte[] octets) {
        if (octets.length > MAX_DATA_OCTETS) {
            return new LocationResult.Invalid(InvalidReason.TOO_LARGE, "longer than " + MAX_DATA_OCTETS + " octets");
        }
        try {
            int[] septets = Gsm7.septets(octets);
            String text = Gsm7.text(septets);
            return decode(text, septets.length, LocationSource.AML_BINARY_SMS);
        } catch (AmlRejection e) {
            return e.toResult();
        }
    }

    private static LocationResult decode(String text, int length, @Nullable LocationSource binary) {
        try {
            if (text.startsWith(HEADER_V1)) {
                return AmlSmsV1.decode(text, length, binary != null ? binary : LocationSource.AML_SMS_V1);
            }
            if (text.startsWith(HEADER_V2)) {
                return AmlSmsV2.decode(text, binary != null ? binary : LocationSource.AML_SMS_V2);
            }
            if (text.startsWith("A\"ML=")) {
                return new LocationResult.Invalid(InvalidReason.UNSUPPORTED_VERSION, "AML version not 1 or 2");
            }
            return new LocationResult.Invalid(InvalidReason.MALFORMED, "no A\"ML= header");
        } catch (AmlRejection e) {
            return e.toResult();
        }
    }
}
