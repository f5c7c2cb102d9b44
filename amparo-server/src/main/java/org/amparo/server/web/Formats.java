package org.amparo.server.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Formatting of times and sets for the pages, reached from templates as {@code @fmt}. Every time is
 * shown and entered in UTC and says so: a control room spans time zones and the audit log is in UTC.
 */
@Component("fmt")
public class Formats {
    /** How the pages show a time: to the minute, in UTC, saying so. */
    static final DateTimeFormatter SHOWN_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter SHOWN = SHOWN_TIME;
    private static final DateTimeFormatter SHOWN_SECONDS = DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter INPUT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    public String time(@Nullable Instant at) {
        return at == null ? "" : SHOWN.format(at);
    }

    public String seconds(@Nullable Instant at) {
        return at == null ? "" : SHOWN_SECONDS.format(at);
    }

    /** The value of a {@code datetime-local} input for {@code at}, in UTC, to the minute. */
    public static String input(Instant at) {
        return INPUT.format(at.truncatedTo(ChronoUnit.MINUTES));
    }

    /** Parses a {@code datetime-local} value as UTC. */
    public static Instant parseInput(String text) {
        return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
    }

    public String list(@Nullable Collection<?> values) {
        return values == null
                ? ""
                : String.join(
                        ", ", values.stream().map(String::valueOf).sorted().toList());
    }

    public String percent(@Nullable Double ratio) {
        return ratio == null ? "—" : String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }
}
