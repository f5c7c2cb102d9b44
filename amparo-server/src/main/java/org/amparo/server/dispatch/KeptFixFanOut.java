package org.amparo.server.dispatch;

import java.util.List;
import org.amparo.core.location.KeptFixListener;
import org.amparo.core.location.StoredFix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Hands every batch of kept fixes to each listener (the geofence runtime, the dispatch units) in turn. The fixes
 * are already stored when it runs; a listener that fails is logged and the others still get the batch, so that a
 * fault in unit positions never silences geofence alerts or the reverse. Thread-safe when its listeners are.
 */
public final class KeptFixFanOut implements KeptFixListener {
    private static final Logger LOG = LoggerFactory.getLogger(KeptFixFanOut.class);

    private final ObjectProvider<KeptFixListener> listeners;

    /** @param listeners looked up at each batch, since some listeners depend on the ingest themselves */
    public KeptFixFanOut(ObjectProvider<KeptFixListener> listeners) {
        this.listeners = listeners;
    }

    @Override
    public void kept(List<StoredFix> fixes) {
        listeners.orderedStream().forEach(listener -> {
            try {
                listener.kept(fixes);
            } catch (RuntimeException e) {
                LOG.error(
                        "a kept-fix listener ({}) failed on {} fixes; the others went on",
                        listener.getClass().getSimpleName(),
                        fixes.size(),
                        e);
            }
        });
    }
}
