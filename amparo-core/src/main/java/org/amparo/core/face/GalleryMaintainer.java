package org.amparo.core.face;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationEvent;
import org.amparo.core.legal.AuthorizationEventListener;
import org.amparo.core.legal.DataKind;

/**
 * Keeps the gallery to the entries whose authorization is in effect and covers FACE: rebuilt after
 * every authorization lifecycle event and every enrolment, and on a schedule (an urgent request's
 * deadline passes without an event until the sweep runs; the processing policy denies it at once
 * anyway). Decrypted templates live only in the gallery. Thread-safe: rebuilds are serialized.
 */
public final class GalleryMaintainer implements AuthorizationEventListener {
    private final GalleryPorts p;

    public GalleryMaintainer(GalleryPorts ports) {
        this.p = ports;
    }

    @Override
    public void on(AuthorizationEvent event) {
        refresh();
    }

    /** Rebuilds the gallery from the store and returns its new version. */
    public synchronized GalleryVersion refresh() {
        Instant now = p.clock().instant();
        List<GalleryTemplate> templates = p.tx().inTransaction(() -> {
            List<GalleryTemplate> found = new ArrayList<>();
            for (WatchlistEntry entry : p.watchlist().all()) {
                Optional<Authorization> a = p.authorizations().find(entry.authorizationId());
                if (a.isPresent() && active(a.get(), entry, now)) {
                    entry.templates().forEach(t -> found.add(open(entry, t)));
                }
            }
            return found;
        });
        p.gallery().replace(templates);
        return p.gallery().version();
    }

    private static boolean active(Authorization a, WatchlistEntry entry, Instant now) {
        return a.inEffectAt(now)
                && a.scope().dataKinds().contains(DataKind.FACE)
                && a.subjectId().equals(entry.subjectId());
    }

    private GalleryTemplate open(WatchlistEntry entry, EnrolledTemplate t) {
        return new GalleryTemplate(
                entry.id(),
                entry.subjectId(),
                entry.authorizationId(),
                t.id(),
                t.templateSha256(),
                t.photo(),
                p.cipher().open(entry.id(), t.id(), t.sealed()));
    }
}
