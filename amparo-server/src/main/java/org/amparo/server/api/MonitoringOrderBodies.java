package org.amparo.server.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amparo.core.device.DeviceId;
import org.amparo.core.geo.rule.Dwell;
import org.amparo.core.geo.rule.Hysteresis;
import org.amparo.core.geo.rule.RuleKind;
import org.amparo.core.geo.rule.WeeklySchedule;
import org.amparo.core.geo.rule.WeeklyWindow;
import org.amparo.core.monitoring.NewMonitoringOrder;
import org.amparo.core.monitoring.ProtectedChannel;
import org.amparo.core.monitoring.RuleSpec;
import org.amparo.core.monitoring.ZoneDefId;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the monitoring-order API and their translation to the core's types. */
public final class MonitoringOrderBodies {
    private MonitoringOrderBodies() {}

    /** A weekly window: days (MON..SUN), local start and end ("22:00"-"06:00" runs past midnight). */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record WindowBody(
            @Nullable List<String> days,
            @Nullable String start,
            @Nullable String end) {}

    /** A weekly schedule in a named time zone. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record ScheduleBody(
            @Nullable String timeZone, @Nullable List<WindowBody> windows) {}

    /**
     * Where the protected person of a KEEP_APART rule is told of its alerts: exactly one of an
     * http(s) webhook URL or an MQTT topic.
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record ProtectedChannelBody(
            @Nullable String webhookUrl, @Nullable String mqttTopic) {}

    /** One rule; the fields its type does not use must be absent. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record RuleBody(
            @Nullable RuleKind type,
            @Nullable List<String> zoneIds,
            @Nullable String protectedDeviceId,
            @Nullable Double distanceMeters,
            @Nullable Long maxGapSeconds,
            @Nullable Double thresholdPercent,
            @Nullable Double marginMeters,
            @Nullable Long dwellSeconds,
            @Nullable Integer dwellFixes,
            @Nullable ScheduleBody schedule,
            @Nullable ProtectedChannelBody protectedChannel) {}

    /** A new monitoring order. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record OrderBody(
            @Nullable String authorizationId,
            @Nullable String subjectId,
            @Nullable String deviceId,
            @Nullable List<RuleBody> rules) {}

    public static NewMonitoringOrder toRequest(OrderBody body) {
        if (body.authorizationId() == null) {
            throw RefusedException.invalid("authorizationId", "required");
        }
        if (body.subjectId() == null) {
            throw RefusedException.invalid("subjectId", "required");
        }
        if (body.deviceId() == null) {
            throw RefusedException.invalid("deviceId", "required");
        }
        List<RuleBody> rules = body.rules() == null ? List.of() : body.rules();
        List<RuleSpec> specs = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            specs.add(rule(rules.get(i), i));
        }
        return new NewMonitoringOrder(
                Ids.authorization(body.authorizationId()),
                Ids.subject(body.subjectId()),
                MonitoringIds.device(body.deviceId(), "deviceId"),
                specs);
    }

    private static RuleSpec rule(RuleBody r, int index) {
        String field = "rules[" + index + "]";
        RuleKind type = r.type();
        if (type == null) {
            throw RefusedException.invalid(field + ".type", "one of " + List.of(RuleKind.values()));
        }
        List<ZoneDefId> zones = new ArrayList<>();
        for (String zone : r.zoneIds() == null ? List.<String>of() : r.zoneIds()) {
            zones.add(MonitoringIds.zone(zone, field + ".zoneIds"));
        }
        String protectedText = r.protectedDeviceId();
        DeviceId protectedDevice =
                protectedText == null ? null : MonitoringIds.device(protectedText, field + ".protectedDeviceId");
        Long gap = r.maxGapSeconds();
        try {
            Hysteresis hysteresis = new Hysteresis(
                    r.marginMeters() == null ? 0 : r.marginMeters(),
                    new Dwell(
                            Duration.ofSeconds(r.dwellSeconds() == null ? 0 : r.dwellSeconds()),
                            r.dwellFixes() == null ? 1 : r.dwellFixes()));
            return new RuleSpec(
                    "r" + (index + 1),
                    type,
                    zones,
                    protectedDevice,
                    r.distanceMeters(),
                    gap == null ? null : Duration.ofSeconds(gap),
                    r.thresholdPercent(),
                    hysteresis,
                    r.schedule() == null ? null : schedule(r.schedule(), field + ".schedule"),
                    r.protectedChannel() == null ? null : channel(r.protectedChannel(), field + ".protectedChannel"));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw RefusedException.invalid(field, String.valueOf(e.getMessage()));
        }
    }

    private static ProtectedChannel channel(ProtectedChannelBody body, String field) {
        String url = body.webhookUrl();
        String topic = body.mqttTopic();
        if ((url == null) == (topic == null)) {
            throw RefusedException.invalid(field, "exactly one of webhookUrl and mqttTopic");
        }
        try {
            return url != null ? ProtectedChannel.Webhook.of(url) : new ProtectedChannel.Mqtt(required(topic));
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid(field, String.valueOf(e.getMessage()));
        }
    }

    private static String required(@Nullable String value) {
        if (value == null) {
            throw new IllegalStateException("checked by the caller");
        }
        return value;
    }

    private static WeeklySchedule schedule(ScheduleBody body, String field) {
        if (body.timeZone() == null || body.windows() == null || body.windows().isEmpty()) {
            throw RefusedException.invalid(field, "timeZone and at least one window are required");
        }
        try {
            List<WeeklyWindow> windows = new ArrayList<>();
            for (WindowBody w : body.windows()) {
                if (w.days() == null || w.start() == null || w.end() == null) {
                    throw RefusedException.invalid(field + ".windows", "days, start and end are required");
                }
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                for (String day : w.days()) {
                    days.add(day(day, field));
                }
                windows.add(new WeeklyWindow(days, LocalTime.parse(w.start()), LocalTime.parse(w.end())));
            }
            return new WeeklySchedule(ZoneId.of(body.timeZone()), windows);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw RefusedException.invalid(field, String.valueOf(e.getMessage()));
        }
    }

    private static DayOfWeek day(String text, String field) {
        String upper = text.toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(upper) || day.name().substring(0, 3).equals(upper)) {
                return day;
            }
        }
        throw RefusedException.invalid(field + ".windows", "days are MON..SUN");
    }
}
