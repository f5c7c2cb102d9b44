package org.amparo.core.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Reads the time of a fix from the textual forms devices send. Stateless and thread-safe.
 *
 * <p>Epoch numbers are told apart by magnitude: an absolute value below {@value #MILLIS_THRESHOLD} is
 * seconds (up to the year 5138), anything larger is milliseconds (from March 1973 on). ISO 8601 text must
 * carry {@code Z} or an offset: a zone-less local time is refused rather than guessed in the server's zone.
 * Plausibility (1901, the far future) is not judged here.
 */
public final class FixTimes {
    /** Epoch values at or above this magnitude are milliseconds. */
    public static final long MILLIS_THRESHOLD = 100_000_000_000L;

    private static final int MAX_LENGTH = 40;
    private static final Pattern EPOCH = Pattern.compile("-?\\d{1,19}(\\.\\d{1,9})?");

    private FixTimes() {}

    /** Reads epoch seconds, epoch milliseconds or ISO 8601 with offset. */
    public static Instant parseEpochOrIso(String text, String field) throws DecodeException {
        if (text.length() > MAX_LENGTH) {
            throw invalid(field, "longer than " + MAX_LENGTH + " characters");
        }
        if (EPOCH.matcher(text).matches()) {
            return fromEpoch(new BigDecimal(text), field);
        }
        return parseIso(text, field);
    }

    /** Reads ISO 8601 date-time with {@code Z} or an offset, e.g. {@code 2016-01-27T18:55:47Z}. */
    public static Instant parseIso(String text, String field) throws DecodeException {
        if (text.length() > MAX_LENGTH) {
            throw invalid(field, "longer than " + MAX_LENGTH + " characters");
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeException e) {
            throw invalid(field, "'" + text + "' is not epoch seconds, epoch milliseconds or ISO 8601 with offset");
        }
    }

    /** Reads an epoch value in seconds, with an optional fraction. */
    public static Instant fromEpochSeconds(BigDecimal seconds, String field) throws DecodeException {
        try {
            BigDecimal nanos = seconds.movePointRight(9);
            BigDecimal[] parts = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
            return Instant.ofEpochSecond(parts[0].longValueExact(), parts[1].longValue());
        } catch (ArithmeticException | DateTimeException e) {
            throw invalid(field, "epoch seconds out of range: " + seconds.toPlainString());
        }
    }

    private static Instant fromEpoch(BigDecimal value, String field) throws DecodeException {
        if (value.abs().compareTo(BigDecimal.valueOf(MILLIS_THRESHOLD)) < 0) {
            return fromEpochSeconds(value, field);
        }
        return fromEpochSeconds(value.movePointLeft(3), field);
    }

    private static DecodeException invalid(String field, String why) {
        return new DecodeException(RejectReason.INVALID_TIME, field + ": " + why);
    }
}
