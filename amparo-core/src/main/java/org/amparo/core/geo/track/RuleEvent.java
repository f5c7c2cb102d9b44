package org.amparo.core.geo.track;

import java.time.Instant;
import org.amparo.core.geo.rule.RuleKind;
import org.jspecify.annotations.Nullable;

/**
 * A transition reported by a {@link SubjectMonitor}. Immutable.
 *
 * <p>{@code fix} is always a fix of the <em>subject's</em> device: the one that triggered the
 * transition, or for a transition triggered by a tick or by the protected device of a keep-apart
 * rule, the subject's latest evaluated fix (null when there is none yet). No event ever carries the
 * protected person's position or the separation from it. {@code at} is the instant the transition
 * happened in device time: the triggering fix's time, the tick's time, or for silence the instant
 * the gap was exceeded.
 */
public sealed interface RuleEvent {
    String orderId();

    String ruleId();

    RuleKind kind();

    Instant at();

    @Nullable
    Fix fix();

    /** The rule became breached (for silence: the device fell silent; low battery: level fell). */
    record BreachStarted(
            String orderId,
            String ruleId,
            RuleKind kind,
            Instant at,
            @Nullable Fix fix) implements RuleEvent {}

    /** The rule is satisfied again (returned, window closed, device resumed, battery recovered). */
    record BreachEnded(
            String orderId,
            String ruleId,
            RuleKind kind,
            Instant at,
            @Nullable Fix fix) implements RuleEvent {}

    /** Confirmed presence in a rule's zones changed from outside to inside. */
    record Entered(
            String orderId,
            String ruleId,
            RuleKind kind,
            Instant at,
            @Nullable Fix fix) implements RuleEvent {}

    /** Confirmed presence in a rule's zones changed from inside to outside. */
    record Exited(
            String orderId,
            String ruleId,
            RuleKind kind,
            Instant at,
            @Nullable Fix fix) implements RuleEvent {}
}
