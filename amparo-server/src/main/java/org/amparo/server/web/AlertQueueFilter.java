package org.amparo.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.amparo.core.alert.AlertStatus;
import org.amparo.core.dispatch.IncidentStatus;
import org.amparo.core.face.FaceMatchStatus;
import org.jspecify.annotations.Nullable;

/**
 * The queue's filter as the URL carries it, so that a screen can be bookmarked: {@code type} (repeated; none means
 * every type), {@code province} (a province's name), {@code age} ({@code 15m}, {@code 1h}, {@code 24h}; blank means
 * any) and {@code status} (blank means what still needs a person). Immutable.
 *
 * @param types the chosen types; empty means all
 * @param province the chosen province's name, or null for any
 * @param age the age limit
 * @param status the chosen status (an alert, face match or incident status name), or null for "needs a person"
 */
public record AlertQueueFilter(
        Set<AlertQueueType> types,
        @Nullable String province,
        Age age,
        @Nullable String status) {
    /** The statuses the filter offers: those of alerts, then face matches, then the open incident. */
    public static final List<String> STATUSES = Stream.of(
                    Stream.of(AlertStatus.values()).map(Enum::name),
                    Stream.of(FaceMatchStatus.values()).map(Enum::name),
                    Stream.of(IncidentStatus.OPEN.name()))
            .flatMap(s -> s)
            .toList();

    /** How old the lines may be. */
    public enum Age {
        ANY("", null),
        MINUTES_15("15m", Duration.ofMinutes(15)),
        HOUR_1("1h", Duration.ofHours(1)),
        HOURS_24("24h", Duration.ofHours(24));

        private final String param;
        private final @Nullable Duration limit;

        Age(String param, @Nullable Duration limit) {
            this.param = param;
            this.limit = limit;
        }

        /** The value in the URL. */
        public String param() {
            return param;
        }

        /** The oldest time that passes at {@code now}, or null for any. */
        public @Nullable Instant since(Instant now) {
            return limit == null ? null : now.minus(limit);
        }
    }

    public AlertQueueFilter {
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        province = province == null || province.isBlank() ? null : province.strip();
    }

    /** The filter that shows everything needing a person. */
    public static AlertQueueFilter all() {
        return new AlertQueueFilter(Set.of(), null, Age.ANY, null);
    }

    /** The filter of a request's query; what cannot be read is named in {@code bad} and left out. */
    static AlertQueueFilter of(HttpServletRequest request, List<String> bad) {
        Set<AlertQueueType> types = EnumSet.noneOf(AlertQueueType.class);
        String[] typed = request.getParameterValues("type");
        for (String t : typed == null ? new String[0] : typed) {
            if (t.isBlank()) {
                continue;
            }
            try {
                types.add(AlertQueueType.valueOf(t.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                bad.add("type: one of " + List.of(AlertQueueType.values()));
            }
        }
        Age age = Age.ANY;
        String ageText = text(request.getParameter("age"));
        if (ageText != null) {
            age = Stream.of(Age.values())
                    .filter(a -> a.param().equalsIgnoreCase(ageText))
                    .findFirst()
                    .orElse(Age.ANY);
            if (!age.param().equalsIgnoreCase(ageText)) {
                bad.add("age: one of 15m, 1h, 24h, or blank for any");
            }
        }
        String status = text(request.getParameter("status"));
        if (status != null) {
            status = status.toUpperCase(Locale.ROOT);
            if (!STATUSES.contains(status)) {
                bad.add("status: one of " + STATUSES);
                status = null;
            }
        }
        return new AlertQueueFilter(types, text(request.getParameter("province")), age, status);
    }

    /** Whether lines of {@code type} are wanted. */
    public boolean wants(AlertQueueType type) {
        return types.isEmpty() || types.contains(type);
    }

    /** Whether the type is ticked in the form. */
    public boolean ticked(AlertQueueType type) {
        return types.contains(type);
    }

    /** The query string of this filter, with its leading {@code ?}, or empty when it is the default. */
    public String query() {
        List<String> parts = new ArrayList<>();
        Stream.of(AlertQueueType.values()).filter(types::contains).forEach(t -> parts.add("type=" + t.name()));
        if (province != null) {
            parts.add("province=" + URLEncoder.encode(province, StandardCharsets.UTF_8));
        }
        if (age != Age.ANY) {
            parts.add("age=" + age.param());
        }
        if (status != null) {
            parts.add("status=" + status);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static @Nullable String text(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
