package org.amparo.server.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;
import org.amparo.core.device.DeviceId;
import org.amparo.core.dispatch.CallerNumber;
import org.amparo.core.dispatch.IncidentId;
import org.amparo.core.dispatch.IncidentStatus;
import org.amparo.core.dispatch.IncidentType;
import org.amparo.core.dispatch.NewIncident;
import org.amparo.core.dispatch.NewUnit;
import org.amparo.core.dispatch.Priority;
import org.amparo.core.dispatch.UnitId;
import org.amparo.core.dispatch.UnitStatus;
import org.amparo.core.dispatch.UnitType;
import org.amparo.core.dispatch.caller.CallerLocationId;
import org.amparo.core.geo.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of the incident and unit API, and their translation to the core's types. Unknown fields are
 * refused (CHARTER section 2); a missing or malformed value answers 400 naming the field.
 */
public final class DispatchBodies {
    /** Station of a unit created without one. */
    static final String DEFAULT_STATION = "unassigned";

    private DispatchBodies() {}

    /** A WGS 84 point. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record PointBody(@Nullable Double lat, @Nullable Double lon) {}

    /** A call-taker opens an incident; {@code priority} is 1 (most urgent) to 4. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record NewIncidentBody(
            @Nullable String callerNumber,
            @Nullable IncidentType type,
            @Nullable Integer priority,
            @Nullable String description,
            @Nullable String note,
            @Nullable PointBody location) {}

    /** Another call about the same emergency. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record CallBody(@Nullable String callerNumber) {}

    /** Where the incident is: a point a person set ({@code lat}, {@code lon}) or an accepted caller location. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record LocationBody(
            @Nullable Double lat,
            @Nullable Double lon,
            @Nullable String callerLocationId) {}

    /** A note for the timeline. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record NoteBody(@Nullable String text) {}

    /** The unit a dispatcher sends. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record DispatchBody(@Nullable String unitId) {}

    /** A new incident status. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record IncidentStatusBody(@Nullable IncidentStatus status) {}

    /** A new unit; {@code deviceId} is the id of a registered AGENCY_UNIT device. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record NewUnitBody(
            @Nullable String callSign,
            @Nullable UnitType type,
            @Nullable String deviceId,
            @Nullable String station,
            @Nullable Integer crewSize) {}

    /** A unit's new status. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record UnitStatusBody(@Nullable UnitStatus status) {}

    static NewIncident toIncident(NewIncidentBody body) {
        String number = required(body.callerNumber(), "callerNumber");
        IncidentType type = required(body.type(), "type");
        int level = required(body.priority(), "priority");
        Priority priority =
                Priority.ofLevel(level).orElseThrow(() -> RefusedException.invalid("priority", "1 (most urgent) to 4"));
        PointBody at = body.location();
        return new NewIncident(
                callerNumber(number, "callerNumber"),
                type,
                priority,
                body.description() == null ? "" : body.description(),
                body.note() == null ? "" : body.note(),
                at == null ? null : point(at.lat(), at.lon(), "location"));
    }

    static NewUnit toUnit(NewUnitBody body) {
        String device = body.deviceId();
        return new NewUnit(
                required(body.callSign(), "callSign"),
                required(body.type(), "type"),
                body.station() == null ? DEFAULT_STATION : body.station(),
                body.crewSize() == null ? 1 : body.crewSize(),
                device == null ? null : new DeviceId(uuid(device, "deviceId")));
    }

    static CallerNumber callerNumber(String text, String field) {
        return CallerNumber.parse(text)
                .orElseThrow(() -> RefusedException.invalid(field, "an optional + and 3 to 15 digits"));
    }

    static GeoPoint point(@Nullable Double lat, @Nullable Double lon, String field) {
        if (lat == null || lon == null) {
            throw RefusedException.invalid(field, "lat and lon are both required");
        }
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw RefusedException.invalid(field, "lat within -90..90 and lon within -180..180");
        }
        return new GeoPoint(lat, lon);
    }

    static IncidentId incident(String text) {
        return new IncidentId(uuid(text, "id"));
    }

    static UnitId unit(String text, String field) {
        return new UnitId(uuid(text, field));
    }

    static CallerLocationId callerLocation(String text) {
        return new CallerLocationId(uuid(text, "callerLocationId"));
    }

    static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw RefusedException.invalid(field, "required");
        }
        return value;
    }

    private static UUID uuid(String text, String field) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid(field, "not an id");
        }
    }
}
