package org.amparo.core.geo.track;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.amparo.core.geo.rule.Rule;

/**
 * The rules that apply to one subject's device under one authorization. Immutable.
 *
 * @param id the order's identifier
 * @param subjectDeviceId the monitored device
 * @param rules at least one, with distinct ids; a keep-apart rule's protected device differs from
 *     the subject's
 * @param activeSince when monitoring began: the silence rule counts from here until the first fix
 */
public record MonitoringOrder(String id, String subjectDeviceId, List<Rule> rules, Instant activeSince) {
    public MonitoringOrder {
        if (id.isBlank() || subjectDeviceId.isBlank()) {
            throw new IllegalArgumentException("an order has an id and a subject device");
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one rule");
        }
        rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("duplicate rule id " + rule.id());
            }
            if (rule instanceof Rule.KeepApart keep && keep.protectedDeviceId().equals(subjectDeviceId)) {
                throw new IllegalArgumentException("keep-apart protects a device other than the subject's");
            }
        }
    }
}
