package org.amparo.server.simulator;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One storyline of the demo. {@link #setUp} and {@link #tick} run on the simulator's thread only. */
interface Scenario {
    /** What the demo page lists: the message key of its name, whether it runs, and where to watch it. */
    record View(
            String messageKey, boolean running, @Nullable String href) {}

    /** Creates what the scenario needs through the API; failures leave it off (and are counted). */
    void setUp(Instant simNow);

    /** Moves the scenario on; devices report through {@code reporter}, REST fixes go into {@code batch}. */
    void tick(Tick tick, Reporter reporter, List<Reporter.Fix> batch);

    List<View> views();

    /** One step of simulated time, and the real time it took. */
    record Tick(Instant simNow, Instant realNow, double simSeconds, double realSeconds) {}
}
