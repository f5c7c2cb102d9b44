package org.amparo.core.geo.track;

import org.jspecify.annotations.Nullable;

/**
 * Where a device's fixes go in a {@link GeofenceEngine}: one monitor and the device's index in that
 * monitor, chained to the next monitor that consumes the same device, in registration order.
 *
 * <p>The engine keeps one chain per device (in a {@link DeviceTable}) so that routing a fix costs
 * one lookup and then only the monitors themselves: no list, no per-monitor search for the device.
 * Mutable only by the engine that owns it (on register and remove); not thread-safe.
 */
final class DeviceRoute {
    final String deviceId;
    /** {@code deviceId.hashCode()}, so that a {@link DeviceTable} probe need not touch the string. */
    final int hash;

    final SubjectMonitor monitor;
    /** The device's index in {@link SubjectMonitor#deviceIds()}. */
    final int device;

    @Nullable
    DeviceRoute next;

    DeviceRoute(String deviceId, SubjectMonitor monitor, int device) {
        this.deviceId = deviceId;
        this.hash = deviceId.hashCode();
        this.monitor = monitor;
        this.device = device;
    }

    /** Appends {@code route} at the end of this chain. */
    void append(DeviceRoute route) {
        DeviceRoute last = this;
        while (last.next != null) {
            last = last.next;
        }
        last.next = route;
    }

    /** This chain without the route of {@code removed}; returns the new head, null when empty. */
    static @Nullable DeviceRoute without(DeviceRoute head, SubjectMonitor removed) {
        if (head.monitor == removed) {
            return head.next;
        }
        DeviceRoute previous = head;
        for (DeviceRoute r = head.next; r != null; previous = r, r = r.next) {
            if (r.monitor == removed) {
                previous.next = r.next;
                break;
            }
        }
        return head;
    }
}
