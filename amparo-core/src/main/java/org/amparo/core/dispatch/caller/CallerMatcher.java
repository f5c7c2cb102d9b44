package org.amparo.core.dispatch.caller;

import java.time.Instant;
import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.dispatch.CallListener;
import org.amparo.core.dispatch.CallerNumber;
import org.amparo.core.dispatch.IncidentEvent;
import org.amparo.core.dispatch.IncidentId;

/**
 * Matches caller locations and calls by number and {@link MatchWindow}, in both orders: a location arriving after
 * the call is matched to the open incident of the most recent call from that number; a call taken after locations
 * arrived collects the unmatched ones. Matching is automatic and has no legal effect (the location stays
 * supplementary); it is audited as the system's and noted on the incident's timeline. Runs in the caller's
 * transaction; thread-safe.
 */
public final class CallerMatcher implements CallListener {
    /** The name the system's timeline entries carry. */
    static final String SYSTEM = "system";

    private final CallerLocationPorts p;

    public CallerMatcher(CallerLocationPorts ports) {
        this.p = ports;
    }

    /** The open incident a location of {@code number} received at {@code at} belongs to, if any. */
    Optional<IncidentId> incidentFor(CallerNumber number, Instant at) {
        return p.incidents()
                .openIncidentCalledFrom(number, p.window().from(at), p.window().to(at));
    }

    /** Records on the incident's timeline, and in the audit log, that a location was matched to it. */
    void noteMatch(StoredCallerLocation location, IncidentId incident, Instant now) {
        p.incidents()
                .append(new IncidentEvent.CallerLocationReceived(
                        incident, SYSTEM, now, location.source(), location.located()));
        p.audit()
                .append(AuditRecord.by(Actor.system(), now)
                        .detail("matched incident=" + incident + " by number within "
                                + p.window().window())
                        .success(AuditAction.UPDATE, AuditObjectType.CALLER_LOCATION, location.id()));
    }

    @Override
    public void callTaken(IncidentId incident, CallerNumber number, Instant at) {
        Instant now = p.clock().instant();
        for (StoredCallerLocation waiting :
                p.locations().unmatched(number, p.window().from(at), p.window().to(at))) {
            if (p.locations().assign(waiting.id(), incident)) {
                noteMatch(waiting, incident, now);
            }
        }
    }
}
