package org.amparo.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.amparo.core.device.Device;
import org.amparo.core.device.DeviceBinding;
import org.amparo.core.device.DeviceId;
import org.amparo.core.device.DeviceStore;

/** A {@link DeviceStore} in memory, for tests. Thread-safe enough for single-threaded tests. */
public final class InMemoryDeviceStore implements DeviceStore {
    private final Map<DeviceId, Device> devices = new ConcurrentHashMap<>();
    private final List<DeviceBinding> bindings = new ArrayList<>();

    @Override
    public void insert(Device device) {
        devices.put(device.id(), device);
    }

    @Override
    public Optional<Device> find(DeviceId id) {
        return Optional.ofNullable(devices.get(id));
    }

    @Override
    public Optional<Device> findByIdentifier(String identifier) {
        return devices.values().stream()
                .filter(d -> d.identifier().equals(identifier))
                .findFirst();
    }

    @Override
    public List<Device> all(int limit) {
        return devices.values().stream()
                .sorted(Comparator.comparing(Device::identifier))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void bind(DeviceBinding binding) {
        bindings.add(binding);
    }

    @Override
    public synchronized boolean unbind(DeviceId device, Instant at) {
        for (int i = 0; i < bindings.size(); i++) {
            DeviceBinding b = bindings.get(i);
            if (b.deviceId().equals(device) && b.until() == null) {
                bindings.set(
                        i,
                        new DeviceBinding(b.deviceId(), b.subjectId(), b.authorizationId(), b.from(), at, b.boundBy()));
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized Optional<DeviceBinding> bindingAt(DeviceId device, Instant at) {
        return bindings.stream()
                .filter(b -> b.deviceId().equals(device) && b.openAt(at))
                .findFirst();
    }
}
