package org.amparo.core.geo.track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
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
    private final MonitoringOrder order;
    private final RuleEvaluator[] evaluators;
    /** Device ids, the subject's first; and the newest evaluated fix time of each. */
    private final String[] deviceIds;

    private final @Nullable Instant[] newest;

    public SubjectMonitor(MonitoringOrder order) {
        this.order = order;
        List<RuleEvaluator> list = new ArrayList<>();
        Set<String> devices = new LinkedHashSet<>();
        devices.add(order.subjectDeviceId());
        for (Rule rule : order.rules()) {
            list.add(evaluator(order, rule));
            if (rule instanceof Rule.KeepApart keep) {
                devices.add(keep.protectedDeviceId());
            }
        }
        this.evaluators = list.toArray(RuleEvaluator[]::new);
        this.deviceIds = devices.toArray(String[]::new);
        this.newest = new Instant[deviceIds.length];
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
        Instant previous = newest[device];
        if (previous != null) {
            int order = fix.at().compareTo(previous);
            if (order < 0) {
                return FixVerdict.LATE;
            }
            if (order == 0) {
                return FixVerdict.DUPLICATE;
            }
        }
        newest[device] = fix.at();
        for (RuleEvaluator evaluator : evaluators) {
            if (device == 0) {
                evaluator.onSubjectFix(fix, sink);
            } else if (evaluator instanceof KeepApartEvaluator keep
                    && keep.protectedDeviceId().equals(fix.deviceId())) {
                keep.onOtherFix(fix, sink);
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

    private int indexOf(String deviceId) {
        for (int i = 0; i < deviceIds.length; i++) {
            if (deviceIds[i].equals(deviceId)) {
                return i;
            }
        }
        return -1;
    }
}
