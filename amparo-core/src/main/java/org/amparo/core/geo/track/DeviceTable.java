package org.amparo.core.geo.track;

import org.jspecify.annotations.Nullable;

/**
 * The routes of a {@link GeofenceEngine} by device id: an open-addressing table (linear probing,
 * at most half full) whose slots hold the head {@link DeviceRoute} of each device directly.
 *
 * <p>Why not a {@code HashMap<String, DeviceRoute>}: with 100k devices every fix's lookup misses
 * the cache, and the map's entry node is one more dependent miss between the table and the route.
 * Here the route itself carries the key and its hash. Not thread-safe; owned by one engine.
 */
final class DeviceTable {
    private @Nullable DeviceRoute[] slots = new DeviceRoute[16];
    private int size;

    /** The head of the device's chain, or null when no monitor consumes the device. */
    @Nullable
    DeviceRoute get(String deviceId) {
        int hash = deviceId.hashCode();
        @Nullable DeviceRoute[] s = slots;
        int mask = s.length - 1;
        for (int i = home(hash, mask); ; i = (i + 1) & mask) {
            DeviceRoute r = s[i];
            if (r == null || (r.hash == hash && (r.deviceId == deviceId || r.deviceId.equals(deviceId)))) {
                return r;
            }
        }
    }

    /** Appends {@code route} to the end of its device's chain, starting the chain if needed. */
    void add(DeviceRoute route) {
        int i = slotOf(route.deviceId, route.hash);
        DeviceRoute head = slots[i];
        if (head != null) {
            head.append(route);
            return;
        }
        slots[i] = route;
        if (++size * 2 > slots.length) {
            grow();
        }
    }

    /** Removes {@code monitor}'s route for {@code deviceId}, dropping the device when none is left. */
    void remove(String deviceId, SubjectMonitor monitor) {
        int i = slotOf(deviceId, deviceId.hashCode());
        DeviceRoute head = slots[i];
        if (head == null) {
            return;
        }
        DeviceRoute rest = DeviceRoute.without(head, monitor);
        if (rest != null) {
            slots[i] = rest;
        } else {
            size--;
            deleteSlot(i);
        }
    }

    /** The slot holding the device's chain, or the empty slot where it would go. */
    private int slotOf(String deviceId, int hash) {
        int mask = slots.length - 1;
        for (int i = home(hash, mask); ; i = (i + 1) & mask) {
            DeviceRoute r = slots[i];
            if (r == null || (r.hash == hash && r.deviceId.equals(deviceId))) {
                return i;
            }
        }
    }

    /** Empties slot {@code hole}, shifting later entries of the probe run back so lookups still find them. */
    private void deleteSlot(int hole) {
        int mask = slots.length - 1;
        for (int j = (hole + 1) & mask; ; j = (j + 1) & mask) {
            DeviceRoute r = slots[j];
            if (r == null) {
                break;
            }
            // r may fill the hole only if its home slot does not lie cyclically within (hole, j].
            if (((j - home(r.hash, mask)) & mask) >= ((j - hole) & mask)) {
                slots[hole] = r;
                hole = j;
            }
        }
        slots[hole] = null;
    }

    private void grow() {
        @Nullable DeviceRoute[] old = slots;
        slots = new DeviceRoute[old.length * 2];
        for (DeviceRoute r : old) {
            if (r != null) {
                slots[slotOf(r.deviceId, r.hash)] = r;
            }
        }
    }

    /** The first slot to probe: the hash with its high bits folded in, as HashMap spreads it. */
    private static int home(int hash, int mask) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}
