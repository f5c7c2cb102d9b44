package org.amparo.server.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.amparo.core.geo.GeoPoint;

/**
 * A monitored person's device: where it is (a {@link Mover}), how it reports and how often (simulated time).
 * Tick thread only.
 */
final class Tracker {
    /** How the device reports. */
    enum Channel {
        /** Traccar Client (OsmAnd) on the device port. */
        OSMAND,
        /** OwnTracks: over MQTT when a broker is connected, else over HTTP on the device port. */
        OWNTRACKS,
        /** Through an integration's REST batch. */
        REST
    }

    final String identifier;
    final String secret;
    final Channel channel;
    final Mover mover;
    private final Duration interval;
    private Instant nextReport;

    Tracker(String identifier, String secret, Channel channel, GeoPoint at, Duration interval, Instant first) {
        this.identifier = identifier;
        this.secret = secret;
        this.channel = channel;
        this.mover = new Mover(at);
        this.interval = interval;
        this.nextReport = first;
    }

    /** Reports when due: directly, or by adding to {@code batch} for the REST channel. */
    void reportIfDue(Instant simNow, Instant realNow, Reporter reporter, List<Reporter.Fix> batch) {
        if (nextReport.isAfter(simNow)) {
            return;
        }
        nextReport = nextReport.plus(interval);
        if (nextReport.isBefore(simNow)) {
            nextReport = simNow.plus(interval);
        }
        GeoPoint at = mover.position();
        switch (channel) {
            case OSMAND -> reporter.osmand(identifier, secret, at, realNow);
            case OWNTRACKS -> {
                if (!reporter.ownTracksMqtt(identifier, at, realNow)) {
                    reporter.ownTracksHttp(identifier, secret, at, realNow);
                }
            }
            case REST -> batch.add(new Reporter.Fix(identifier, at));
        }
    }
}
