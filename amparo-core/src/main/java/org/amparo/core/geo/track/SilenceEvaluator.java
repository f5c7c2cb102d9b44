package org.amparo.core.geo.track;

import java.time.Instant;
import java.util.function.Consumer;
import org.amparo.core.geo.rule.Rule;
import org.jspecify.annotations.Nullable;

/**
 * Silence: breached from the instant the time since the last fix (or since monitoring began)
 * exceeds the gap. A tick notices it; a fix that arrives after a gap nobody ticked through reports
 * the start (at last fix + gap) and the end (at the fix) together, so a replay without ticks yields
 * the same events as live operation.
 */
final class SilenceEvaluator extends RuleEvaluator {
    private final long maxGapMillis;
    private long lastMillis;
    private @Nullable Fix lastFix;

    SilenceEvaluator(String orderId, Rule.Silence rule, Instant activeSince) {
        super(orderId, rule);
        this.maxGapMillis = rule.maxGap().toMillis();
        this.lastMillis = activeSince.toEpochMilli();
    }

    @Override
    void onSubjectFix(Fix fix, Consumer<? super RuleEvent> sink) {
        long at = fix.at().toEpochMilli();
        if (at > lastMillis) {
            checkGap(at, sink);
            lastMillis = at;
        }
        setBreach(false, fix.at(), fix, sink);
        lastFix = fix;
    }

    @Override
    void onTick(Instant now, Consumer<? super RuleEvent> sink) {
        checkGap(now.toEpochMilli(), sink);
    }

    private void checkGap(long nowMillis, Consumer<? super RuleEvent> sink) {
        if (!inBreach() && nowMillis - lastMillis > maxGapMillis) {
            setBreach(true, Instant.ofEpochMilli(lastMillis + maxGapMillis), lastFix, sink);
        }
    }

    @Override
    RuleStatus status() {
        return new RuleStatus(rule.id(), inBreach(), breachSince(), null, null);
    }
}
