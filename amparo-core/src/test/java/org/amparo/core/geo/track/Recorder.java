package org.amparo.core.geo.track;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects events and renders them as "Kind rule at" lines for compact assertions. */
final class Recorder implements Consumer<RuleEvent> {
    final List<RuleEvent> events = new ArrayList<>();

    @Override
    public void accept(RuleEvent event) {
        events.add(event);
    }

    List<String> lines() {
        return events.stream()
                .map(e -> e.getClass().getSimpleName() + " " + e.ruleId() + " " + e.at())
                .toList();
    }

    long count(Class<? extends RuleEvent> kind) {
        return events.stream().filter(kind::isInstance).count();
    }
}
