package org.amparo.core.geo.track;

import java.util.function.Consumer;
import org.amparo.core.geo.rule.Rule;

/**
 * Low battery: breached when a fix reports a level below the threshold, ended when a fix reports at
 * least the threshold plus {@link Rule.LowBattery#RECOVERY_PERCENT}; fixes without a level change
 * nothing.
 */
final class BatteryEvaluator extends RuleEvaluator {
    private final double threshold;

    BatteryEvaluator(String orderId, Rule.LowBattery rule) {
        super(orderId, rule);
        this.threshold = rule.thresholdPercent();
    }

    @Override
    void onSubjectFix(Fix fix, Consumer<? super RuleEvent> sink) {
        Double level = fix.batteryPercent();
        if (level == null) {
            return;
        }
        if (level < threshold) {
            setBreach(true, fix.at(), fix, sink);
        } else if (level >= threshold + Rule.LowBattery.RECOVERY_PERCENT) {
            setBreach(false, fix.at(), fix, sink);
        }
    }

    @Override
    RuleStatus status() {
        return new RuleStatus(rule.id(), inBreach(), breachSince(), null, null);
    }
}
