package org.amparo.core.location;

import java.util.List;

/** Receives fixes after they are durably stored: the geofence runtime evaluates them. */
@FunctionalInterface
public interface KeptFixListener {
    void kept(List<StoredFix> fixes);
}
