package org.amparo.core.device;

import java.time.Instant;
import java.util.List;
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
}
