package org.amparo.core.dispatch.caller;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.amparo.core.dispatch.CallerNumber;
import org.amparo.core.dispatch.IncidentId;
import org.amparo.core.ingest.emergency.LocationFlag;
import org.amparo.core.ingest.emergency.LocationSource;
import org.jspecify.annotations.Nullable;

/**
 * A caller-location message as kept: personal data of an emergency caller, kept while its incident is open plus the
 * retention limit, unmatched ones for a short limit only, and never beyond {@code retentionExpiry}. Handset
 * identifiers (IMEI, IMSI) are not kept: dispatch does not need them. Immutable.
 *
 * @param id the stored location
 * @param number the caller's number the message was matched by
 * @param receivedAt when Amparo received it
 * @param source the format it arrived in
 * @param flags noteworthy facts about the message (for example an AML {@code ml} length mismatch)
 * @param finding the location, or why there is none
 * @param retentionExpiry the sender's limit on keeping it (PIDF-LO {@code retention-expiry}), or null
 * @param incident the incident it was matched to, or null while unmatched
 */
public record StoredCallerLocation(
        CallerLocationId id,
        CallerNumber number,
        Instant receivedAt,
        LocationSource source,
        Set<LocationFlag> flags,
        CallerFinding finding,
        @Nullable Instant retentionExpiry,
        @Nullable IncidentId incident) {
    public StoredCallerLocation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(finding, "finding");
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    /** True when an AML v1 {@code ml} attribute disagreed with the real message length (accepted and flagged). */
    public boolean lengthMismatch() {
        return flags.contains(LocationFlag.LENGTH_MISMATCH);
    }

    /** Whether the message carried a location (otherwise it says "no location"). */
    public boolean located() {
        return finding instanceof CallerFinding.Position;
    }

    /** This location matched to {@code to}. */
    public StoredCallerLocation matchedTo(IncidentId to) {
        return new StoredCallerLocation(id, number, receivedAt, source, flags, finding, retentionExpiry, to);
    }
}
