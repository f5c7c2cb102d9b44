package org.amparo.core.geo.track;

import java.time.Instant;
import java.util.function.Consumer;
import org.amparo.core.geo.rule.Rule;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation state of one rule of one order: breach bookkeeping shared by all rule kinds. Not
 * thread-safe; owned by a {@link SubjectMonitor}.
 */
abstract sealed class RuleEvaluator permits ZoneRuleEvaluator, KeepApartEvaluator, SilenceEvaluator, BatteryEvaluator {
    final String orderId;
    final Rule rule;
    private boolean inBreach;
    private @Nullable Instant breachSince;

    RuleEvaluator(String orderId, Rule rule) {
        this.orderId = orderId;
        this.rule = rule;
    }

    /** A fix of the subject's device, newer than any before. */
    abstract void onSubjectFix(Fix fix, Consumer<? super RuleEvent> sink);

    /** A fix of another device of the order (a protected device), newer than any before from it. */
    void onOtherFix(Fix fix, Consumer<? super RuleEvent> sink) {}

    /** The passage of time without a fix. */
    void onTick(Instant now, Consumer<? super RuleEvent> sink) {}

    abstract RuleStatus status();

    final boolean inBreach() {
        return inBreach;
    }

    final @Nullable Instant breachSince() {
        return breachSince;
    }

    /** Emits a start or end when {@code breached} differs from the current state. */
    final void setBreach(boolean breached, Instant at, @Nullable Fix fix, Consumer<? super RuleEvent> sink) {
        if (breached == inBreach) {
            return;
        }
        inBreach = breached;
        if (breached) {
            breachSince = at;
            sink.accept(new RuleEvent.BreachStarted(orderId, rule.id(), rule.kind(), at, fix));
        } else {
            breachSince = null;
            sink.accept(new RuleEvent.BreachEnded(orderId, rule.id(), rule.kind(), at, fix));
        }
    }
}
