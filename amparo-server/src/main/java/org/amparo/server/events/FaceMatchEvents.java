package org.amparo.server.events;

import java.util.List;
import java.util.Map;
import org.amparo.core.face.FaceMatch;
import org.amparo.core.face.FaceMatchId;
import org.amparo.core.face.FaceMatchStatus;
import org.springframework.stereotype.Component;

/**
 * Announces face match changes on the live event stream ({@code face-match} events) so that review
 * pages offer a reload: ids and statuses only, never a name, position or picture. Confirmations are
 * announced by the {@link org.amparo.core.face.ConfirmedSightingListener} after commit, so {@link
 * #decided} leaves them out. Thread-safe.
 */
@Component
public class FaceMatchEvents {
    private final EventHub events;

    public FaceMatchEvents(EventHub events) {
        this.events = events;
    }

    /** New matches awaiting confirmation. */
    public void created(List<FaceMatchId> ids) {
        ids.forEach(id -> publish(id, FaceMatchStatus.PENDING_CONFIRMATION));
    }

    /** A verdict was recorded; a confirmation that made the match CONFIRMED is announced elsewhere. */
    public void decided(FaceMatch match) {
        if (match.status() != FaceMatchStatus.CONFIRMED) {
            publish(match.id(), match.status());
        }
    }

    /** A match became CONFIRMED. */
    public void confirmed(FaceMatch match) {
        publish(match.id(), match.status());
    }

    private void publish(FaceMatchId id, FaceMatchStatus status) {
        events.publish("face-match", Map.of("id", id.toString(), "status", status.name()));
    }
}
