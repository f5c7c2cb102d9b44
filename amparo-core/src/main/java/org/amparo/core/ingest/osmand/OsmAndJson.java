package org.amparo.core.ingest.osmand;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.DecodeException;
import org.amparo.core.ingest.DeviceFix;
import org.amparo.core.ingest.FieldRules;
import org.amparo.core.ingest.FixReadings;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.ingest.FixTimes;
import org.amparo.core.ingest.JsonFields;
import org.amparo.core.ingest.RejectReason;
import org.amparo.core.ingest.json.JsonValue;
import org.amparo.core.ingest.json.JsonValue.JsonArray;
import org.amparo.core.ingest.json.JsonValue.JsonNumber;
import org.amparo.core.ingest.json.JsonValue.JsonObject;
import org.amparo.core.ingest.json.JsonValue.JsonString;
import org.jspecify.annotations.Nullable;

/**
 * The JSON body of the OsmAnd protocol, as posted by the background-geolocation plugin that the newer
 * Traccar Client uses: {@code {"device_id": "...", "location": {"timestamp": ISO 8601, "coords":
 * {latitude, longitude, accuracy, speed, heading, altitude}, "battery": {"level": 0..1}}}}. Unlike the
 * query form, {@code coords.speed} is already metres per second, and {@code -1} marks an unknown speed,
 * heading, accuracy or battery level. {@code location} may also be an array (the plugin's batch sync).
 * Stateless.
 */
final class OsmAndJson {
    private OsmAndJson() {}

    static List<DeviceFix> toFixes(JsonValue document, Instant receivedAt) throws DecodeException {
        JsonObject root = JsonFields.object(document, "body");
        String identifier = FieldRules.identifier(deviceId(root), "device_id");
        JsonValue location = root.get("location");
        if (location == null) {
            throw new DecodeException(RejectReason.MISSING_FIELD, "location: required");
        }
        List<DeviceFix> fixes = new ArrayList<>();
        if (location instanceof JsonArray array) {
            for (int i = 0; i < array.elements().size(); i++) {
                String path = "location[" + i + "]";
                fixes.add(fix(identifier, JsonFields.object(array.elements().get(i), path), path, receivedAt));
            }
        } else {
            fixes.add(fix(identifier, JsonFields.object(location, "location"), "location", receivedAt));
        }
        return fixes;
    }

    private static String deviceId(JsonObject root) throws DecodeException {
        JsonValue value = root.get("device_id");
        return switch (value) {
            case JsonString s -> s.value();
            case JsonNumber n when n.text().matches("\\d{1,30}") -> n.text();
            case null -> throw new DecodeException(RejectReason.MISSING_FIELD, "device_id: required");
            default -> throw new DecodeException(RejectReason.INVALID_FIELD, "device_id: expected a string");
        };
    }

    private static DeviceFix fix(String identifier, JsonObject location, String path, Instant receivedAt)
            throws DecodeException {
        String timestamp = JsonFields.optionalString(location, "timestamp", path);
        Instant at =
                timestamp == null ? receivedAt : FixTimes.parseIso(timestamp, JsonFields.qualified(path, "timestamp"));
        String coordsPath = JsonFields.qualified(path, "coords");
        JsonObject coords = JsonFields.optionalObject(location, "coords", path);
        if (coords == null) {
            throw new DecodeException(RejectReason.MISSING_FIELD, coordsPath + ": required");
        }
        GeoPoint position = FieldRules.point(
                JsonFields.requiredNumber(coords, "latitude", coordsPath),
                JsonFields.requiredNumber(coords, "longitude", coordsPath));
        FixReadings readings = FixReadings.builder()
                .accuracyMeters(FieldRules.nonNegativeOrUnknown(
                        JsonFields.optionalNumber(coords, "accuracy", coordsPath), "accuracy"))
                .speedMetersPerSecond(FieldRules.nonNegativeOrUnknown(
                        JsonFields.optionalNumber(coords, "speed", coordsPath), "speed"))
                .bearingDegrees(FieldRules.bearing(JsonFields.optionalNumber(coords, "heading", coordsPath), "heading"))
                .altitudeMeters(
                        FieldRules.finite(JsonFields.optionalNumber(coords, "altitude", coordsPath), "altitude"))
                .batteryPercent(batteryPercent(location, path))
                .build();
        return new DeviceFix(identifier, at, position, readings, FixSource.OSMAND);
    }

    private static @Nullable Double batteryPercent(JsonObject location, String path) throws DecodeException {
        JsonObject battery = JsonFields.optionalObject(location, "battery", path);
        if (battery == null) {
            return null;
        }
        String batteryPath = JsonFields.qualified(path, "battery");
        Double level = FieldRules.nonNegativeOrUnknown(
                JsonFields.optionalNumber(battery, "level", batteryPath), batteryPath + ".level");
        if (level == null) {
            return null;
        }
        if (level > 1) {
            throw new DecodeException(RejectReason.INVALID_FIELD, batteryPath + ".level: above 1");
        }
        return level * 100;
    }
}
