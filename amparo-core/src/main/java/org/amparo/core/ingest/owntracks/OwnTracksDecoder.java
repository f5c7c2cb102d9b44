package org.amparo.core.ingest.owntracks;

import java.math.BigDecimal;
import java.time.Instant;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.DecodeException;
import org.amparo.core.ingest.DecodeResult;
import org.amparo.core.ingest.DeviceFix;
import org.amparo.core.ingest.FieldRules;
import org.amparo.core.ingest.FixReadings;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.ingest.FixTimes;
import org.amparo.core.ingest.JsonFields;
import org.amparo.core.ingest.RejectReason;
import org.amparo.core.ingest.json.JsonError;
import org.amparo.core.ingest.json.JsonLimits;
import org.amparo.core.ingest.json.JsonReader;
import org.amparo.core.ingest.json.JsonResult;
import org.amparo.core.ingest.json.JsonValue;
import org.amparo.core.ingest.json.JsonValue.JsonNumber;
import org.amparo.core.ingest.json.JsonValue.JsonObject;

/**
 * Decodes OwnTracks JSON messages. Only {@code _type: location} becomes a fix: {@code lat}, {@code lon},
 * {@code tst} (epoch seconds) are required; {@code acc} (m), {@code alt} (m), {@code batt} (%), {@code
 * vel} (km/h, turned into m/s) and {@code cog} (degrees) are optional. Every other {@code _type} ({@code
 * lwt}, {@code transition}, {@code waypoint}, {@code card}, ...) is {@link RejectReason#UNSUPPORTED}
 * with the type named: a normal message that carries no fix, not an error. {@code tid} (the two-letter
 * tracker id shown on maps) is not an identity: the device is named by the MQTT topic, or by the HTTP
 * caller after authenticating it.
 *
 * <p>Immutable and thread-safe.
 */
public final class OwnTracksDecoder {
    private static final double METERS_PER_SECOND_PER_KMH = 1000.0 / 3600.0;

    private final OwnTracksTopics topics;
    private final JsonReader reader;

    /** A decoder for topics under {@code owntracks/} and device-message limits. */
    public OwnTracksDecoder() {
        this(new OwnTracksTopics("owntracks"), JsonLimits.DEVICE_MESSAGE);
    }

    public OwnTracksDecoder(OwnTracksTopics topics, JsonLimits limits) {
        this.topics = topics;
        this.reader = new JsonReader(limits);
    }

    /** Decodes a message published on {@code topic}; the device is {@code <user>/<device>} of the topic. */
    public DecodeResult decodeMqtt(String topic, byte[] payload) {
        try {
            return decode(topics.deviceIdentifier(topic), payload);
        } catch (DecodeException e) {
            return e.toRejected();
        }
    }

    /** Decodes a message posted over HTTP by the device the caller authenticated as {@code deviceIdentifier}. */
    public DecodeResult decodeHttp(String deviceIdentifier, byte[] payload) {
        try {
            return decode(FieldRules.identifier(deviceIdentifier, "device"), payload);
        } catch (DecodeException e) {
            return e.toRejected();
        }
    }

    private DecodeResult decode(String deviceIdentifier, byte[] payload) throws DecodeException {
        JsonObject message = JsonFields.object(parse(payload), "payload");
        String type = JsonFields.optionalString(message, "_type", "");
        if (type == null) {
            throw new DecodeException(RejectReason.MISSING_FIELD, "_type: required");
        }
        if (!type.equals("location")) {
            throw new DecodeException(
                    RejectReason.UNSUPPORTED, "_type " + printable(type) + " carries no location fix");
        }
        return DecodeResult.of(location(deviceIdentifier, message));
    }

    private static DeviceFix location(String deviceIdentifier, JsonObject message) throws DecodeException {
        GeoPoint position = FieldRules.point(
                JsonFields.requiredNumber(message, "lat", ""), JsonFields.requiredNumber(message, "lon", ""));
        Double kmh = FieldRules.nonNegativeOrUnknown(JsonFields.optionalNumber(message, "vel", ""), "vel");
        FixReadings readings = FixReadings.builder()
                .accuracyMeters(FieldRules.nonNegativeOrUnknown(JsonFields.optionalNumber(message, "acc", ""), "acc"))
                .altitudeMeters(FieldRules.finite(JsonFields.optionalNumber(message, "alt", ""), "alt"))
                .batteryPercent(FieldRules.batteryPercent(JsonFields.optionalNumber(message, "batt", ""), "batt"))
                .speedMetersPerSecond(kmh == null ? null : kmh * METERS_PER_SECOND_PER_KMH)
                .bearingDegrees(FieldRules.bearing(JsonFields.optionalNumber(message, "cog", ""), "cog"))
                .build();
        return new DeviceFix(deviceIdentifier, timestamp(message), position, readings, FixSource.OWNTRACKS);
    }

    private static Instant timestamp(JsonObject message) throws DecodeException {
        JsonValue tst = message.get("tst");
        if (tst == null) {
            throw new DecodeException(RejectReason.MISSING_FIELD, "tst: required");
        }
        if (!(tst instanceof JsonNumber number)) {
            throw new DecodeException(RejectReason.INVALID_TIME, "tst: expected epoch seconds, got " + tst.typeName());
        }
        BigDecimal seconds = number.toBigDecimal();
        if (seconds.abs().compareTo(BigDecimal.valueOf(FixTimes.MILLIS_THRESHOLD)) >= 0) {
            throw new DecodeException(RejectReason.INVALID_TIME, "tst: too large for epoch seconds: " + number.text());
        }
        return FixTimes.fromEpochSeconds(seconds, "tst");
    }

    private JsonValue parse(byte[] payload) throws DecodeException {
        return switch (reader.read(payload)) {
            case JsonResult.Parsed parsed -> parsed.value();
            case JsonResult.Invalid invalid ->
                throw new DecodeException(
                        invalid.error().kind() == JsonError.Kind.LIMIT
                                ? RejectReason.TOO_LARGE
                                : RejectReason.MALFORMED,
                        "payload: " + invalid.error().describe());
        };
    }

    private static String printable(String type) {
        String shown = type.length() > 32 ? type.substring(0, 32) + "..." : type;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
