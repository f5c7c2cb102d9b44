package org.amparo.core.geo.track;

import java.time.Instant;
import java.util.function.Consumer;
import org.amparo.core.geo.rule.Rule;
import org.amparo.core.geo.zone.LocalScale;
import org.amparo.core.geo.zone.Presence;
import org.jspecify.annotations.Nullable;

/**
 * Keep-apart: the protected device's position is a moving circle of radius D; the subject is
 * "inside" (too close) by the same hysteresis as a zone, with the signed distance {@code separation -
 * D} and the sum of both accuracies as the accuracy. A fix of either device re-evaluates the pair,
 * at the later of the two fix times, when the two fixes lie at most {@code maxStaleness} apart;
 * otherwise the pair is inconclusive. The roles of the two devices are symmetric. The protected
 * position stays in this object: events carry only the subject's fix.
 */
final class KeepApartEvaluator extends RuleEvaluator {
    private final Rule.KeepApart keepApart;
    private final long maxStalenessMillis;
    private final FenceTracker tracker;
    private final LocalScale scale = new LocalScale();
    private @Nullable Fix subject;
    private @Nullable Fix protectedParty;

    KeepApartEvaluator(String orderId, Rule.KeepApart rule) {
        super(orderId, rule);
        this.keepApart = rule;
        this.maxStalenessMillis = rule.maxStaleness().toMillis();
        this.tracker = new FenceTracker(rule.hysteresis());
    }

    String protectedDeviceId() {
        return keepApart.protectedDeviceId();
    }

    @Override
    void onSubjectFix(Fix fix, Consumer<? super RuleEvent> sink) {
        subject = fix;
        evaluate(sink);
    }

    @Override
    void onOtherFix(Fix fix, Consumer<? super RuleEvent> sink) {
        protectedParty = fix;
        evaluate(sink);
    }

    private void evaluate(Consumer<? super RuleEvent> sink) {
        Fix s = subject;
        Fix p = protectedParty;
        if (s == null || p == null) {
            return;
        }
        long sAt = s.at().toEpochMilli();
        long pAt = p.at().toEpochMilli();
        if (Math.abs(sAt - pAt) > maxStalenessMillis) {
            return;
        }
        double separation = scale.distanceMeters(
                s.position().latitude(), s.position().longitude(),
                p.position().latitude(), p.position().longitude());
        double d = separation - keepApart.distanceMeters();
        Instant at = sAt >= pAt ? s.at() : p.at();
        tracker.observe(d, s.accuracyMeters() + p.accuracyMeters(), at.toEpochMilli());
        setBreach(tracker.confirmed() == Presence.INSIDE, at, s, sink);
    }

    @Override
    RuleStatus status() {
        return new RuleStatus(rule.id(), inBreach(), breachSince(), tracker.confirmed(), null);
    }
}
