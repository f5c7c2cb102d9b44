package org.amparo.bench.geofence;

import java.util.Locale;
import java.util.function.Consumer;
import org.amparo.core.geo.rule.RuleKind;
import org.amparo.core.geo.track.RuleEvent;

/**
 * Events of one replay, counted by kind: the engine feeds it as its sink, the peer calls the count
 * methods. Mutable, not thread-safe; one per replay.
 */
final class EventCounts implements Consumer<RuleEvent> {
    long entered;
    long exited;
    long withinBreachStarted;
    long withinBreachEnded;
    long apartBreachStarted;
    long apartBreachEnded;

    @Override
    public void accept(RuleEvent event) {
        boolean apart = event.kind() == RuleKind.KEEP_APART;
        switch (event) {
            case RuleEvent.Entered e -> entered++;
            case RuleEvent.Exited e -> exited++;
            case RuleEvent.BreachStarted e -> {
                if (apart) {
                    apartBreachStarted++;
                } else {
                    withinBreachStarted++;
                }
            }
            case RuleEvent.BreachEnded e -> {
                if (apart) {
                    apartBreachEnded++;
                } else {
                    withinBreachEnded++;
                }
            }
        }
    }

    long total() {
        return entered + exited + withinBreachStarted + withinBreachEnded + apartBreachStarted + apartBreachEnded;
    }

    boolean sameAs(EventCounts other) {
        return entered == other.entered
                && exited == other.exited
                && withinBreachStarted == other.withinBreachStarted
                && withinBreachEnded == other.withinBreachEnded
                && apartBreachStarted == other.apartBreachStarted
                && apartBreachEnded == other.apartBreachEnded;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "total=%d (entered=%d exited=%d stayWithinBreach=+%d/-%d keepApartBreach=+%d/-%d)",
                total(),
                entered,
                exited,
                withinBreachStarted,
                withinBreachEnded,
                apartBreachStarted,
                apartBreachEnded);
    }
}
