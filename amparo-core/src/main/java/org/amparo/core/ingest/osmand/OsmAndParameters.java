package org.amparo.core.ingest.osmand;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.DecodeException;
import org.amparo.core.ingest.DeviceFix;
import org.amparo.core.ingest.FieldRules;
import org.amparo.core.ingest.FixReadings;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.ingest.FixTimes;
import org.amparo.core.ingest.RejectReason;
import org.jspecify.annotations.Nullable;

/**
 * Turns the query or form parameters of one OsmAnd request into a fix. A parameter repeated with the
 * same value is fine; repeated with different values (or {@code id} and {@code deviceid} disagreeing,
 * or {@code lat}/{@code lon} disagreeing with {@code location}) is {@link RejectReason#MALFORMED}, since
 * any choice would be a guess. Unknown parameters are ignored. Stateless.
 */
final class OsmAndParameters {
    /** Knots to metres per second: 1852 m per 3600 s. */
    static final double METERS_PER_SECOND_PER_KNOT = 1852.0 / 3600.0;

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d{1,20}(\\.\\d{0,20})?|\\.\\d{1,20})([eE][+-]?\\d{1,3})?");

    private OsmAndParameters() {}

    static DeviceFix toFix(List<UrlEncodedForm.Pair> pairs, Instant receivedAt) throws DecodeException {
        Map<String, String> params = single(pairs);
        String id = agreeing(params, "id", "deviceid");
        if (id == null) {
            throw new DecodeException(RejectReason.MISSING_FIELD, "id: required (or deviceid)");
        }
        String identifier = FieldRules.identifier(id, "id");
        GeoPoint position = position(params);
        String timestamp = params.get("timestamp");
        Instant at = timestamp == null ? receivedAt : FixTimes.parseEpochOrIso(timestamp, "timestamp");
        Double knots = FieldRules.nonNegativeOrUnknown(number(params, "speed"), "speed");
        FixReadings readings = FixReadings.builder()
                .speedMetersPerSecond(knots == null ? null : knots * METERS_PER_SECOND_PER_KNOT)
                .bearingDegrees(
                        FieldRules.bearing(number(params, agreeingKey(params, "bearing", "heading")), "bearing"))
                .altitudeMeters(FieldRules.finite(number(params, "altitude"), "altitude"))
                .accuracyMeters(FieldRules.nonNegativeOrUnknown(number(params, "accuracy"), "accuracy"))
                .hdop(FieldRules.nonNegativeOrUnknown(number(params, "hdop"), "hdop"))
                .batteryPercent(FieldRules.batteryPercent(number(params, "batt"), "batt"))
                .build();
        return new DeviceFix(identifier, at, position, readings, FixSource.OSMAND);
    }

    private static GeoPoint position(Map<String, String> params) throws DecodeException {
        String lat = params.get("lat");
        String lon = params.get("lon");
        String location = params.get("location");
        if (location != null) {
            int comma = location.indexOf(',');
            if (comma < 0 || location.indexOf(',', comma + 1) >= 0) {
                throw new DecodeException(RejectReason.INVALID_COORDINATES, "location: expected 'lat,lon'");
            }
            String fromLocationLat = location.substring(0, comma);
            String fromLocationLon = location.substring(comma + 1);
            if ((lat != null && !lat.equals(fromLocationLat)) || (lon != null && !lon.equals(fromLocationLon))) {
                throw new DecodeException(RejectReason.MALFORMED, "lat/lon disagree with location");
            }
            lat = fromLocationLat;
            lon = fromLocationLon;
        }
        if (lat == null || lon == null) {
            throw new DecodeException(
                    RejectReason.MISSING_FIELD, (lat == null ? "lat" : "lon") + ": required (or location=lat,lon)");
        }
        return FieldRules.point(coordinate(lat, "lat"), coordinate(lon, "lon"));
    }

    private static double coordinate(String text, String field) throws DecodeException {
        if (!DECIMAL.matcher(text).matches()) {
            throw new DecodeException(RejectReason.INVALID_COORDINATES, field + ": not a decimal number");
        }
        return Double.parseDouble(text);
    }

    private static @Nullable Double number(Map<String, String> params, @Nullable String key) throws DecodeException {
        String text = key == null ? null : params.get(key);
        if (text == null || key == null) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new DecodeException(RejectReason.INVALID_FIELD, key + ": not a decimal number");
        }
        return Double.parseDouble(text);
    }

    private static Map<String, String> single(List<UrlEncodedForm.Pair> pairs) throws DecodeException {
        Map<String, String> params = new LinkedHashMap<>();
        for (UrlEncodedForm.Pair pair : pairs) {
            String earlier = params.putIfAbsent(pair.name(), pair.value());
            if (earlier != null && !earlier.equals(pair.value())) {
                throw new DecodeException(RejectReason.MALFORMED, pair.name() + ": repeated with different values");
            }
        }
        return params;
    }

    /** The value under either key; both present must agree. */
    private static @Nullable String agreeing(Map<String, String> params, String key, String alias)
            throws DecodeException {
        String key1 = agreeingKey(params, key, alias);
        return key1 == null ? null : params.get(key1);
    }

    /** Which of the two keys holds the value, or {@code null}; both present must agree. */
    private static @Nullable String agreeingKey(Map<String, String> params, String key, String alias)
            throws DecodeException {
        String a = params.get(key);
        String b = params.get(alias);
        if (a != null && b != null && !a.equals(b)) {
            throw new DecodeException(RejectReason.MALFORMED, key + " and " + alias + " disagree");
        }
        return a != null ? key : (b != null ? alias : null);
    }
}
