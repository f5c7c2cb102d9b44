package org.amparo.core.ingest.emergency.aml;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.emergency.CallerLocation;
import org.amparo.core.ingest.emergency.Imei;
import org.amparo.core.ingest.emergency.Imsi;
import org.amparo.core.ingest.emergency.InvalidReason;
import org.jspecify.annotations.Nullable;

/** Parsers for the value forms shared by the AML formats; each names the attribute, never its value. Stateless. */
final class AmlValues {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,9}(\\.[0-9]{1,12})?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,15}");
    private static final DateTimeFormatter TOP =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    /** Positions earlier than this are treated as a handset clock that was never set. */
    static final Instant EARLIEST_PLAUSIBLE = Instant.parse("2000-01-01T00:00:00Z");

    private AmlValues() {}

    static double decimal(String name, String value) throws AmlRejection {
        if (!DECIMAL.matcher(value).matches()) {
            throw new AmlRejection(InvalidReason.BAD_VALUE, name + " is not a decimal number");
        }
        return Double.parseDouble(value);
    }

    static long integer(String name, String value) throws AmlRejection {
        if (!INTEGER.matcher(value).matches()) {
            throw new AmlRejection(InvalidReason.BAD_VALUE, name + " is not an integer");
        }
        return Long.parseLong(value);
    }

    static GeoPoint point(double latitude, double longitude) throws AmlRejection {
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw new AmlRejection(InvalidReason.OUT_OF_RANGE, "coordinates out of range");
        }
        return new GeoPoint(latitude, longitude);
    }

    /** A radius in metres; 0 means unknown and becomes null. */
    static @Nullable Double radius(String name, double meters) throws AmlRejection {
        if (!(meters >= 0 && meters <= CallerLocation.MAX_RADIUS_METERS)) {
            throw new AmlRejection(InvalidReason.OUT_OF_RANGE, name + " out of range");
        }
        return meters == 0 ? null : meters;
    }

    /** A confidence in percent, 0 to 100; a fraction below 1 with a decimal point is read as a fraction. */
    static int confidence(String name, String value) throws AmlRejection {
        double number = decimal(name, value);
        if (value.contains(".") && number > 0 && number < 1) {
            number *= 100;
        }
        if (!(number >= 0 && number <= 100)) {
            throw new AmlRejection(InvalidReason.OUT_OF_RANGE, name + " out of range 0..100");
        }
        return (int) Math.round(number);
    }

    static Instant top(String value) throws AmlRejection {
        try {
            return LocalDateTime.parse(value, TOP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new AmlRejection(InvalidReason.BAD_VALUE, "top is not yyyyMMddHHmmss");
        }
    }

    static Instant epochMillis(String name, String value) throws AmlRejection {
        long millis = integer(name, value);
        if (millis < 0 || millis > 32_503_680_000_000L) {
            throw new AmlRejection(InvalidReason.OUT_OF_RANGE, name + " out of range");
        }
        return Instant.ofEpochMilli(millis);
    }

    static Imei imei(String name, String value) throws AmlRejection {
        try {
            return new Imei(value);
        } catch (IllegalArgumentException e) {
            throw new AmlRejection(InvalidReason.BAD_VALUE, name + " is not an IMEI of 14 to 16 digits");
        }
    }

    static Imsi imsi(String name, String value) throws AmlRejection {
        try {
            return new Imsi(value);
        } catch (IllegalArgumentException e) {
            throw new AmlRejection(InvalidReason.BAD_VALUE, name + " is not an IMSI of 5 to 15 digits");
        }
    }

    /** A dialled or device number: digits with an optional leading {@code +}, at most 20 digits. */
    static String phoneNumber(String name, String value) throws AmlRejection {
        String digits = value.startsWith("+") ? value.substring(1) : value;
        if (digits.isEmpty() || digits.length() > 20 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new AmlRejection(InvalidReason.BAD_VALUE, name + " is not a phone number");
        }
        return value;
    }
}
