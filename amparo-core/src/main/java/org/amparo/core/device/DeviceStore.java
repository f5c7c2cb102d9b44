package org.amparo.core.device;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persistence of devices and their bindings. Called inside a transaction; thread-safe. */
public interface DeviceStore {
    void insert(Device device);

    Optional<Device> find(DeviceId id);

    Optional<Device> findByIdentifier(String identifier);

    List<Device> all(int limit);

    /** Opens a binding; the caller has closed any open one first. */
    void bind(DeviceBinding binding);

    /** Closes the device's open binding at {@code at}; returns whether one was open. */
    boolean unbind(DeviceId device, Instant at);

    /** The binding open at {@code at}, if any. */
    Optional<DeviceBinding> bindingAt(DeviceId device, Instant at);

    /** The registered devices among {@code identifiers}, by identifier; one query where possible. */
    default Map<String, Device> findByIdentifiers(Collection<String> identifiers) {
        Map<String, Device> found = new HashMap<>();
        for (String identifier : identifiers) {
            findByIdentifier(identifier).ifPresent(device -> found.put(identifier, device));
        }
        return found;
    }

    /** The bindings open at {@code at} of those of {@code devices} that have one; one query where possible. */
    default Map<DeviceId, DeviceBinding> bindingsAt(Collection<DeviceId> devices, Instant at) {
        Map<DeviceId, DeviceBinding> found = new HashMap<>();
        for (DeviceId device : devices) {
            bindingAt(device, at).ifPresent(binding -> found.put(device, binding));
        }
        return found;
    }
}
