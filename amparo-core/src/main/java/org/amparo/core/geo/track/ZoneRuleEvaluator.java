package org.amparo.core.geo.track;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.rule.Hysteresis;
import org.amparo.core.geo.rule.Rule;
import org.amparo.core.geo.rule.WeeklySchedule;
import org.amparo.core.geo.zone.Presence;
import org.amparo.core.geo.zone.ZoneSet;
import org.jspecify.annotations.Nullable;

/**
 * Stay-within, stay-out and curfew: a confirmed presence in a zone set, and a breach while the
 * presence is on the forbidden side and the schedule (if any) applies. Entered and Exited report
 * changes of the confirmed presence, whatever the schedule; the first confirmation is a state, not a
 * change, and reports neither. Schedule changes are noticed at the next fix or tick.
 */
final class ZoneRuleEvaluator extends RuleEvaluator {
    private final ZoneSet zones;
    private final Hysteresis hysteresis;
    /** The hysteresis margin, kept as a primitive so the hot path dereferences no record. */
    private final double marginMeters;

    private final @Nullable WeeklySchedule schedule;
    private final Presence forbidden;
    private final FenceTracker tracker;
    private @Nullable Fix lastFix;
    private @Nullable Presence latest;

    ZoneRuleEvaluator(String orderId, Rule rule) {
        super(orderId, rule);
        switch (rule) {
            case Rule.StayWithin r -> {
                zones = ZoneSet.of(r.zones());
                hysteresis = r.hysteresis();
                schedule = r.schedule();
                forbidden = Presence.OUTSIDE;
            }
            case Rule.StayOut r -> {
                zones = ZoneSet.of(r.zones());
                hysteresis = r.hysteresis();
                schedule = null;
                forbidden = Presence.INSIDE;
            }
            case Rule.Curfew r -> {
                zones = ZoneSet.of(List.of(r.place()));
                hysteresis = r.hysteresis();
                schedule = r.windows();
                forbidden = Presence.OUTSIDE;
            }
            default -> throw new IllegalArgumentException("not a zone rule: " + rule.kind());
        }
        marginMeters = hysteresis.marginMeters();
        tracker = new FenceTracker(hysteresis);
    }

    @Override
    void onSubjectFix(Fix fix, Consumer<? super RuleEvent> sink) {
        double accuracy = fix.accuracyMeters();
        double limit = accuracy + marginMeters + 1;
        GeoPoint position = fix.position();
        double d = zones.signedDistanceMeters(position.latitude(), position.longitude(), limit);
        latest = Presence.classify(d, accuracy);
        lastFix = fix;
        Instant at = fix.at();
        Presence before = tracker.confirmed();
        if (tracker.observe(d, accuracy, at.toEpochMilli()) && before != null) {
            sink.accept(
                    tracker.confirmed() == Presence.INSIDE
                            ? new RuleEvent.Entered(orderId, rule.id(), rule.kind(), at, fix)
                            : new RuleEvent.Exited(orderId, rule.id(), rule.kind(), at, fix));
        }
        updateBreach(at, sink);
    }

    @Override
    void onTick(Instant now, Consumer<? super RuleEvent> sink) {
        if (schedule != null) {
            updateBreach(now, sink);
        }
    }

    private void updateBreach(Instant at, Consumer<? super RuleEvent> sink) {
        boolean violating = tracker.confirmed() == forbidden;
        if (!violating && !inBreach()) {
            return;
        }
        boolean applies = schedule == null || schedule.contains(at);
        setBreach(violating && applies, at, lastFix, sink);
    }

    @Override
    RuleStatus status() {
        return new RuleStatus(rule.id(), inBreach(), breachSince(), tracker.confirmed(), latest);
    }
}
