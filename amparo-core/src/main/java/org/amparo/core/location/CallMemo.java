package org.amparo.core.location;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amparo.core.device.DeviceBinding;
import org.amparo.core.device.DeviceId;
import org.amparo.core.device.DeviceStore;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.AuthorizationLookup;
import org.amparo.core.legal.AuthorizationStore;
import org.amparo.core.legal.SubjectId;

/**
 * What one ingest call has already read: bindings per device and authorizations per id, as they
 * stood when the call's transaction read them. The policy is still evaluated fix by fix, against
 * that state; only the reads are shared. Lives for one call; not thread-safe.
 */
final class CallMemo implements AuthorizationLookup {
    private final DeviceStore devices;
    private final AuthorizationStore authorizations;
    private final Map<DeviceId, DeviceBinding> bindings = new HashMap<>();
    private final Map<AuthorizationId, Optional<Authorization>> found = new HashMap<>();

    CallMemo(DeviceStore devices, AuthorizationStore authorizations) {
        this.devices = devices;
        this.authorizations = authorizations;
    }

    /**
     * Reads, in one query each, the bindings of {@code devices} open at {@code at} and the
     * authorizations they name, so that fixes near {@code at} need no read of their own.
     */
    void prefetch(Collection<DeviceId> devices, Instant at) {
        if (devices.isEmpty()) {
            return;
        }
        Map<DeviceId, DeviceBinding> open = this.devices.bindingsAt(devices, at);
        bindings.putAll(open);
        Set<AuthorizationId> named = new HashSet<>();
        open.values().forEach(binding -> named.add(binding.authorizationId()));
        Map<AuthorizationId, Authorization> read = authorizations.findAll(named);
        named.forEach(id -> found.put(id, Optional.ofNullable(read.get(id))));
    }

    /** The device's binding at {@code at}: the one read before when it covers that time, else read anew. */
    Optional<DeviceBinding> bindingAt(DeviceId device, Instant at) {
        DeviceBinding known = bindings.get(device);
        if (known != null && known.openAt(at)) {
            return Optional.of(known);
        }
        Optional<DeviceBinding> read = devices.bindingAt(device, at);
        read.ifPresent(b -> bindings.put(device, b));
        return read;
    }

    @Override
    public Optional<Authorization> find(AuthorizationId id) {
        return found.computeIfAbsent(id, authorizations::find);
    }

    @Override
    public List<Authorization> forSubject(SubjectId subjectId) {
        return authorizations.forSubject(subjectId);
    }
}
