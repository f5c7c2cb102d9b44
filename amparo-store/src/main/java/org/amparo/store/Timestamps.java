package org.amparo.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Conversion between {@link Instant} and {@code TIMESTAMP WITH TIME ZONE} columns. Both databases
 * keep microseconds, so instants are truncated to the microsecond when written and read back
 * exactly (in particular, millisecond values always round-trip). Stateless.
 */
public final class Timestamps {
    private Timestamps() {}

    /** The parameter for an instant, typed so that a null binds as well. */
    public static SqlParameterValue param(@Nullable Instant instant) {
        OffsetDateTime value = instant == null
                ? null
                : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, value);
    }

    /** The instant in {@code column}, which must not be null. */
    public static Instant read(ResultSet rs, String column) throws SQLException {
        Instant value = readNullable(rs, column);
        if (value == null) {
            throw new IllegalStateException("column " + column + " is unexpectedly null");
        }
        return value;
    }

    /** The instant in {@code column}, or null. */
    public static @Nullable Instant readNullable(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
