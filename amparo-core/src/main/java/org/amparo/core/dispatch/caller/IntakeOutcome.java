package org.amparo.core.dispatch.caller;

import org.amparo.core.dispatch.IncidentId;
import org.amparo.core.ingest.emergency.InvalidReason;

/** What became of one received caller-location message. The sender is answered 2xx in every case. */
public sealed interface IntakeOutcome {
    /** Stored and matched to an open incident; {@code located} is false for a "no location" message. */
    record Matched(CallerLocationId id, IncidentId incident, boolean located) implements IntakeOutcome {}

    /** Stored, not yet matched: its call may still be taken within the matching window. */
    record Pending(CallerLocationId id, boolean located) implements IntakeOutcome {}

    /** Well-formed but not kept; counted. */
    record Dropped(IntakeDrop reason) implements IntakeOutcome {}

    /** Refused by the decoder; kept as a dead letter and counted. */
    record DeadLettered(DeadLetterId id, InvalidReason reason) implements IntakeOutcome {}
}
