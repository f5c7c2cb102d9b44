package org.amparo.core.geo.track;

import java.time.Instant;
import org.amparo.core.geo.zone.Presence;
import org.jspecify.annotations.Nullable;

/**
 * The current state of one rule of a monitor: "is it breached now", since when, and for zone rules
 * where the latest evaluated fix lay. Immutable snapshot.
 *
 * @param ruleId the rule
 * @param inBreach whether the rule is breached now
 * @param breachSince when the current breach started, null when not in breach
 * @param confirmed the confirmed presence after hysteresis and dwell (INSIDE or OUTSIDE; for
 *     keep-apart INSIDE means too close), null when unknown or not a distance rule
 * @param latest the latest fix's accuracy-aware presence without hysteresis, null when none or not a
 *     zone rule
 */
public record RuleStatus(
        String ruleId,
        boolean inBreach,
        @Nullable Instant breachSince,
        @Nullable Presence confirmed,
        @Nullable Presence latest) {}
