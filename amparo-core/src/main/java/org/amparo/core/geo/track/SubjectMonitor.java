package org.amparo.core.geo.track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.amparo.core.geo.rule.Rule;
import org.jspecify.annotations.Nullable;

/**
 * The rule state machine of one monitoring order: consumes fixes of the subject's device and of the
 * protected devices of its keep-apart rules, and ticks of the clock; reports transitions as {@link
 * RuleEvent}s to a sink and its current state as {@link RuleStatus}es.
 *
 * <p>Late-fix policy, per device: a fix strictly newer than the newest evaluated fix of its device
 * is evaluated; an older one is {@link FixVerdict#LATE} and a same-time one {@link
 * FixVerdict#DUPLICATE}: neither is evaluated nor changes any state, so replays and reordering never
 * create transitions (the caller still stores late fixes in the track). Ticks may come at any time;
 * they only advance silence and schedules.
 *
 * <p>Not thread-safe: confine a monitor to one thread (e.g. shard orders by id). Evaluating a fix
 * allocates nothing unless an event is emitted, except what a schedule check needs while a rule is
 * breached or about to be.
 */
public final class SubjectMonitor {
    /** Marks a device of {@link #newest} that has no evaluated fix yet; below any Instant's second. */
    private static final long NEVER = Long.MIN_VALUE;

    private final MonitoringOrder order;
    private final RuleEvaluator[] evaluators;
    /** Device ids, the subject's first. */
    private final String[] deviceIds;
    /**
     * The newest evaluated fix time of each device as primitives, so that the late-fix check
     * dereferences nothing: epoch second at {@code 2 * device}, nano of second at {@code 2 * device
     * + 1}; {@link #NEVER} as the second until the device's first fix.
     */
    private final long[] newest;
    /** Per device index, the evaluators its fixes reach: all for the subject, keep-apart for others. */
    private final RuleEvaluator[][] consumers;

    public SubjectMonitor(MonitoringOrder order) {
        // Arrays rather than growing collections: a monitor's hot state then lies in a few
        // consecutive cache lines, which matters with 100k monitors.
        this.order = order;
        List<Rule> rules = order.rules();
        this.evaluators = new RuleEvaluator[rules.size()];
        for (int i = 0; i < evaluators.length; i++) {
            evaluators[i] = evaluator(order, rules.get(i));
        }
        this.deviceIds = deviceIdsOf(order);
        this.newest = new long[2 * deviceIds.length];
        for (int device = 0; device < deviceIds.length; device++) {
            newest[2 * device] = NEVER;
        }
        this.consumers = new RuleEvaluator[deviceIds.length][];
        consumers[0] = evaluators;
        for (int device = 1; device < deviceIds.length; device++) {
            consumers[device] = protecting(evaluators, deviceIds[device]);
        }
    }

    /** The subject's device, then each distinct protected device in rule order. */
    private static String[] deviceIdsOf(MonitoringOrder order) {
        String[] ids = new String[1 + order.rules().size()];
        int count = 0;
        ids[count++] = order.subjectDeviceId();
        for (Rule rule : order.rules()) {
            if (rule instanceof Rule.KeepApart keep && indexOf(ids, count, keep.protectedDeviceId()) < 0) {
                ids[count++] = keep.protectedDeviceId();
            }
        }
        return Arrays.copyOf(ids, count);
    }

    /** The keep-apart evaluators that protect {@code deviceId}. */
    private static RuleEvaluator[] protecting(RuleEvaluator[] evaluators, String deviceId) {
        List<RuleEvaluator> found = new ArrayList<>(1);
        for (RuleEvaluator evaluator : evaluators) {
            if (evaluator instanceof KeepApartEvaluator keep
                    && keep.protectedDeviceId().equals(deviceId)) {
                found.add(keep);
            }
        }
        return found.toArray(RuleEvaluator[]::new);
    }

    private static RuleEvaluator evaluator(MonitoringOrder order, Rule rule) {
        return switch (rule) {
            case Rule.StayWithin r -> new ZoneRuleEvaluator(order.id(), r);
            case Rule.StayOut r -> new ZoneRuleEvaluator(order.id(), r);
            case Rule.Curfew r -> new ZoneRuleEvaluator(order.id(), r);
            case Rule.KeepApart r -> new KeepApartEvaluator(order.id(), r);
            case Rule.Silence r -> new SilenceEvaluator(order.id(), r, order.activeSince());
            case Rule.LowBattery r -> new BatteryEvaluator(order.id(), r);
        };
    }

    public MonitoringOrder order() {
        return order;
    }

    /** The devices whose fixes this monitor consumes: the subject's first, then protected ones. */
    public List<String> deviceIds() {
        return List.of(deviceIds);
    }

    /** Evaluates one fix, sending any transitions to {@code sink} in order; see the late-fix policy. */
    public FixVerdict accept(Fix fix, Consumer<? super RuleEvent> sink) {
        int device = indexOf(fix.deviceId());
        if (device < 0) {
            return FixVerdict.UNRELATED;
        }
        return accept(device, fix, sink);
    }

    /**
     * As {@link #accept(Fix, Consumer)} for a caller that already knows the fix's device index in
     * {@link #deviceIds()} (the engine's routes do).
     */
    FixVerdict accept(int device, Fix fix, Consumer<? super RuleEvent> sink) {
        Instant at = fix.at();
        int order = compareToNewest(device, at.getEpochSecond(), at.getNano());
        if (order < 0) {
            return FixVerdict.LATE;
        }
        if (order == 0) {
            return FixVerdict.DUPLICATE;
        }
        newest[2 * device] = at.getEpochSecond();
        newest[2 * device + 1] = at.getNano();
        if (device == 0) {
            for (RuleEvaluator evaluator : evaluators) {
                evaluator.onSubjectFix(fix, sink);
            }
        } else {
            for (RuleEvaluator evaluator : consumers[device]) {
                evaluator.onOtherFix(fix, sink);
            }
        }
        return FixVerdict.EVALUATED;
    }

    /** Lets time pass to {@code now}: silence and schedule windows may start or end breaches. */
    public void tick(Instant now, Consumer<? super RuleEvent> sink) {
        for (RuleEvaluator evaluator : evaluators) {
            evaluator.onTick(now, sink);
        }
    }

    /** The state of every rule, in the order's rule order. */
    public List<RuleStatus> status() {
        List<RuleStatus> all = new ArrayList<>(evaluators.length);
        for (RuleEvaluator evaluator : evaluators) {
            all.add(evaluator.status());
        }
        return all;
    }

    /** The state of one rule. */
    public RuleStatus status(String ruleId) {
        for (RuleEvaluator evaluator : evaluators) {
            if (evaluator.rule.id().equals(ruleId)) {
                return evaluator.status();
            }
        }
        throw new NoSuchElementException("no rule " + ruleId + " in order " + order.id());
    }

    /** Whether any rule is breached now. */
    public boolean inBreach() {
        for (RuleEvaluator evaluator : evaluators) {
            if (evaluator.inBreach()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sign of the time (epoch second, nano) compared with the device's newest evaluated fix, as
     * {@link Instant#compareTo} orders them; positive when the device has none yet.
     */
    private int compareToNewest(int device, long second, int nano) {
        long newestSecond = newest[2 * device];
        if (newestSecond == NEVER) {
            return 1;
        }
        return second != newestSecond
                ? Long.compare(second, newestSecond)
                : Integer.compare(nano, (int) newest[2 * device + 1]);
    }

    private int indexOf(String deviceId) {
        return indexOf(deviceIds, deviceIds.length, deviceId);
    }

    /** The index of {@code deviceId} among the first {@code count} of {@code ids}, or -1. */
    private static int indexOf(@Nullable String[] ids, int count, String deviceId) {
        for (int i = 0; i < count; i++) {
            if (deviceId.equals(ids[i])) {
                return i;
            }
        }
        return -1;
    }
}
