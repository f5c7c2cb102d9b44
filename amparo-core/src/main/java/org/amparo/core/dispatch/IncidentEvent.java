package org.amparo.core.dispatch;

import java.time.Instant;
import java.util.Objects;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.emergency.LocationSource;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an incident's timeline: who did what, when. Every entry names a person's user name (or
 * {@code system} for automatic steps that have no legal effect, such as linking a call by number). Immutable.
 */
public sealed interface IncidentEvent {
    /** The incident the entry belongs to. */
    IncidentId incident();

    /** The user name of the person who acted. */
    String actor();

    /** When it happened. */
    Instant at();

    /** The incident was opened from a call. */
    record Opened(IncidentId incident, String actor, Instant at, IncidentType type, Priority priority)
            implements IncidentEvent {
        public Opened {
            requireActor(actor);
        }
    }

    /** Another call was linked to the incident. */
    record CallLinked(IncidentId incident, String actor, Instant at, CallId call) implements IncidentEvent {
        public CallLinked {
            requireActor(actor);
        }
    }

    /** A person set or confirmed the incident's location (for example by accepting the caller location). */
    record Located(
            IncidentId incident,
            String actor,
            Instant at,
            GeoPoint location,
            @Nullable ProvinceRef province) implements IncidentEvent {
        public Located {
            requireActor(actor);
        }
    }

    /** A dispatcher sent a unit to the incident. */
    record UnitDispatched(IncidentId incident, String actor, Instant at, UnitId unit, String callSign)
            implements IncidentEvent {
        public UnitDispatched {
            requireActor(actor);
        }
    }

    /** A unit working the incident changed status. */
    record UnitStatusChanged(IncidentId incident, String actor, Instant at, UnitId unit, UnitStatus from, UnitStatus to)
            implements IncidentEvent {
        public UnitStatusChanged {
            requireActor(actor);
        }
    }

    /** The incident changed status. */
    record StatusChanged(IncidentId incident, String actor, Instant at, IncidentStatus from, IncidentStatus to)
            implements IncidentEvent {
        public StatusChanged {
            requireActor(actor);
        }
    }

    /**
     * A handset location of one of the incident's callers arrived and was matched to it (actor {@code system}): a
     * supplementary location, never the incident's own. The entry names the format only, not the position.
     *
     * @param located whether the message carried a position or civic address (false: "no location")
     */
    record CallerLocationReceived(IncidentId incident, String actor, Instant at, LocationSource source, boolean located)
            implements IncidentEvent {
        public CallerLocationReceived {
            requireActor(actor);
        }
    }

    /** A free-text note. */
    record NoteAdded(IncidentId incident, String actor, Instant at, String text) implements IncidentEvent {
        public NoteAdded {
            requireActor(actor);
            if (text.isBlank()) {
                throw new IllegalArgumentException("a note has text");
            }
        }
    }

    private static void requireActor(String actor) {
        Objects.requireNonNull(actor, "actor");
        if (actor.isBlank()) {
            throw new IllegalArgumentException("a timeline entry names who acted");
        }
    }
}
