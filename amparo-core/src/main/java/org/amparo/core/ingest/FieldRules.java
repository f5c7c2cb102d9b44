package org.amparo.core.ingest;

import org.amparo.core.geo.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * The rules every decoder applies to the fields of a fix, so that all protocols agree. Stateless.
 *
 * <p>A negative accuracy, speed, bearing, battery or HDOP is the "unknown" marker of Android, iOS and the
 * background-geolocation plugins (they send {@code -1}) and becomes {@code null}; a non-finite number, a
 * bearing above 360 or a battery above 100 percent refuses the message.
 */
public final class FieldRules {
    private FieldRules() {}

    /** A valid position, or {@link RejectReason#INVALID_COORDINATES}. */
    public static GeoPoint point(double latitude, double longitude) throws DecodeException {
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw new DecodeException(RejectReason.INVALID_COORDINATES, "latitude out of range [-90, 90]: " + latitude);
        }
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw new DecodeException(
                    RejectReason.INVALID_COORDINATES, "longitude out of range [-180, 180]: " + longitude);
        }
        return new GeoPoint(latitude, longitude);
    }

    /** A valid device identifier; empty is {@link RejectReason#MISSING_FIELD}, otherwise bad is INVALID_FIELD. */
    public static String identifier(String value, String field) throws DecodeException {
        String problem = DeviceIdentifiers.problem(value);
        if (problem.isEmpty()) {
            return value;
        }
        RejectReason reason = value.isEmpty() ? RejectReason.MISSING_FIELD : RejectReason.INVALID_FIELD;
        throw new DecodeException(reason, field + ": " + problem);
    }

    /** A non-negative measurement, negative meaning unknown. */
    public static @Nullable Double nonNegativeOrUnknown(@Nullable Double value, String field) throws DecodeException {
        if (value == null) {
            return null;
        }
        requireFinite(value, field);
        return value < 0 ? null : value;
    }

    /** A bearing in [0, 360); 360 is folded to 0, negative means unknown. */
    public static @Nullable Double bearing(@Nullable Double value, String field) throws DecodeException {
        Double bearing = nonNegativeOrUnknown(value, field);
        if (bearing == null) {
            return null;
        }
        if (bearing > 360) {
            throw new DecodeException(RejectReason.INVALID_FIELD, field + ": bearing above 360 degrees: " + bearing);
        }
        return bearing == 360 ? 0.0 : bearing;
    }

    /** A battery level in percent, in [0, 100]; negative means unknown. */
    public static @Nullable Double batteryPercent(@Nullable Double value, String field) throws DecodeException {
        Double percent = nonNegativeOrUnknown(value, field);
        if (percent != null && percent > 100) {
            throw new DecodeException(RejectReason.INVALID_FIELD, field + ": battery above 100 percent: " + percent);
        }
        return percent;
    }

    /** Any finite number (altitude may be negative). */
    public static @Nullable Double finite(@Nullable Double value, String field) throws DecodeException {
        if (value != null) {
            requireFinite(value, field);
        }
        return value;
    }

    private static void requireFinite(double value, String field) throws DecodeException {
        if (!Double.isFinite(value)) {
            throw new DecodeException(RejectReason.INVALID_FIELD, field + ": not a finite number");
        }
    }
}
