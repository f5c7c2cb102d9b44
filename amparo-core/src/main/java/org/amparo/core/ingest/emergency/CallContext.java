package org.amparo.core.ingest.emergency;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a message says about the call and the handset, apart from the position; present in both located and
 * no-location results so that a "no location" message can still be matched to its call. Immutable.
 *
 * @param source the format the message arrived in
 * @param emergencyNumber the number dialled ({@code 112}, {@code 911}), when the format carries it
 * @param deviceNumber the caller's own number (AML HTTPS {@code device_number}), when the format carries it; the
 *     SMS sender number is not in the SMS text and is added by the gateway adapter
 * @param callStart when the emergency call began (AML v2 {@code et}, HTTPS {@code time})
 * @param imei the handset, personal data
 * @param imsi the subscriber, personal data
 * @param servingNetwork the network the call was made on
 * @param homeNetwork the subscriber's home network
 * @param flags noteworthy facts about the message, never errors
 */
public record CallContext(
        LocationSource source,
        @Nullable String emergencyNumber,
        @Nullable String deviceNumber,
        @Nullable Instant callStart,
        @Nullable Imei imei,
        @Nullable Imsi imsi,
        @Nullable NetworkCode servingNetwork,
        @Nullable NetworkCode homeNetwork,
        Set<LocationFlag> flags) {
    public CallContext {
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    /** True when an AML v1 {@code ml} attribute disagrees with the real message length. */
    public boolean lengthMismatch() {
        return flags.contains(LocationFlag.LENGTH_MISMATCH);
    }
}
