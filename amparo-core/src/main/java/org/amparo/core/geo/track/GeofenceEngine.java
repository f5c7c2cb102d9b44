package org.amparo.core.geo.track;

import java.time.Clock;
import java.time.Instant;
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
 * <p>Routing a fix costs one lookup by device id, then the device's monitors directly (each knows
 * the device's index in its order), so {@link #accept} allocates nothing unless an event is
 * emitted.
 *
 * <p>Not thread-safe: confine to one thread, or shard devices so that the devices of one order
 * (subject and protected) share a shard.
 */
public final class GeofenceEngine {
    private final Clock clock;
    private final Map<String, SubjectMonitor> byOrder = new LinkedHashMap<>();
    /** Per device, the chain of its monitors in registration order. */
    private final DeviceTable byDevice = new DeviceTable();

    /** @param clock the source of "now" for {@link #tick(Consumer)} */
    public GeofenceEngine(Clock clock) {
        this.clock = clock;
    }

    /** Starts monitoring an order, replacing an order with the same id; returns its monitor. */
    public SubjectMonitor register(MonitoringOrder order) {
        remove(order.id());
        SubjectMonitor monitor = new SubjectMonitor(order);
        byOrder.put(order.id(), monitor);
        List<String> devices = monitor.deviceIds();
        for (int i = 0; i < devices.size(); i++) {
            byDevice.add(new DeviceRoute(devices.get(i), monitor, i));
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
            byDevice.remove(device, monitor);
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
        int evaluated = 0;
        for (DeviceRoute r = byDevice.get(fix.deviceId()); r != null; r = r.next) {
            if (r.monitor.accept(r.device, fix, sink) == FixVerdict.EVALUATED) {
                evaluated++;
            }
        }
        return evaluated;
    }

    /** Whether any order concerns the device. */
    public boolean knows(String deviceId) {
        return byDevice.get(deviceId) != null;
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
