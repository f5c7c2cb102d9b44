package org.amparo.core.geo.track;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The monitors of many orders, with fixes routed by device: a subject's fix reaches its orders, a
 * protected device's fix reaches the orders that protect it. This is what a server feeds: {@link
 * #accept} for every quality-filtered fix of an authorized device, {@link #tick} from a scheduler
 * (once a second or so), {@link #register} and {@link #remove} as orders begin and end.
 *
 * <p>Not thread-safe: confine to one thread, or shard devices so that the devices of one order
 * (subject and protected) share a shard.
 */
public final class GeofenceEngine {
    private final Clock clock;
    private final Map<String, SubjectMonitor> byOrder = new LinkedHashMap<>();
    private final Map<String, List<SubjectMonitor>> byDevice = new HashMap<>();

    /** @param clock the source of "now" for {@link #tick(Consumer)} */
    public GeofenceEngine(Clock clock) {
        this.clock = clock;
    }

    /** Starts monitoring an order, replacing an order with the same id; returns its monitor. */
    public SubjectMonitor register(MonitoringOrder order) {
        remove(order.id());
        SubjectMonitor monitor = new SubjectMonitor(order);
        byOrder.put(order.id(), monitor);
        for (String device : monitor.deviceIds()) {
            byDevice.computeIfAbsent(device, d -> new ArrayList<>(1)).add(monitor);
        }
        return monitor;
    }

    /** Stops monitoring an order; its state is dropped. Answers whether it was monitored. */
    public boolean remove(String orderId) {
        SubjectMonitor monitor = byOrder.remove(orderId);
        if (monitor == null) {
            return false;
        }
        for (String device : monitor.deviceIds()) {
            List<SubjectMonitor> monitors = byDevice.get(device);
            if (monitors != null) {
                monitors.remove(monitor);
                if (monitors.isEmpty()) {
                    byDevice.remove(device);
                }
            }
        }
        return true;
    }

    public Optional<SubjectMonitor> monitor(String orderId) {
        return Optional.ofNullable(byOrder.get(orderId));
    }

    /**
     * Evaluates a fix in every order that concerns its device. Answers how many orders evaluated it:
     * zero means no order concerns the device (the caller drops and counts it) or every one found it
     * late or a duplicate.
     */
    public int accept(Fix fix, Consumer<? super RuleEvent> sink) {
        List<SubjectMonitor> monitors = byDevice.get(fix.deviceId());
        if (monitors == null) {
            return 0;
        }
        int evaluated = 0;
        for (int i = 0; i < monitors.size(); i++) {
            if (monitors.get(i).accept(fix, sink) == FixVerdict.EVALUATED) {
                evaluated++;
            }
        }
        return evaluated;
    }

    /** Whether any order concerns the device. */
    public boolean knows(String deviceId) {
        return byDevice.containsKey(deviceId);
    }

    /** Lets time pass to {@code now} in every order. */
    public void tick(Instant now, Consumer<? super RuleEvent> sink) {
        for (SubjectMonitor monitor : byOrder.values()) {
            monitor.tick(now, sink);
        }
    }

    /** Lets time pass to the clock's now in every order. */
    public void tick(Consumer<? super RuleEvent> sink) {
        tick(clock.instant(), sink);
    }
}
