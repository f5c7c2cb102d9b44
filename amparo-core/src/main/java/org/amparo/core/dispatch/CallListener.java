package org.amparo.core.dispatch;

import java.time.Instant;

/**
 * Told of every call taken for an incident (the first one and every linked one), inside the transaction that
 * records it, so that what arrived before the call (a handset's caller location) can be matched to the incident in
 * the same commit. Implementations are thread-safe and must not fail for ordinary data.
 */
@FunctionalInterface
public interface CallListener {
    /** A call from {@code number} was taken at {@code at} for {@code incident}. */
    void callTaken(IncidentId incident, CallerNumber number, Instant at);

    /** A listener that does nothing. */
    static CallListener none() {
        return (incident, number, at) -> {};
    }
}
