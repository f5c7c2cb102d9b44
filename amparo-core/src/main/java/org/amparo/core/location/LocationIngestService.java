package org.amparo.core.location;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.device.Device;
import org.amparo.core.device.DeviceBinding;
import org.amparo.core.ingest.DeviceFix;
import org.amparo.core.ingest.quality.FilterVerdict;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.PolicyDecision;
import org.amparo.core.legal.ProcessingPolicy;
import org.amparo.core.legal.ProcessingRequest;
import org.jspecify.annotations.Nullable;

/**
 * The lawful location pipeline (CHARTER sections 1 and 3). For each decoded fix: the device must be
 * registered and enabled; the quality filter must accept it; an agency unit's fix is kept as it is;
 * a personal device's fix is kept only while a binding ties the device to a subject and the
 * {@code ProcessingPolicy} permits it under the binding's authorization, re-checked fix by fix.
 * Everything else is dropped and only counted. Kept fixes are stored, with one audit entry per
 * authorization, in one transaction before the call returns: an acknowledged fix is never lost.
 * Thread-safe.
 */
public final class LocationIngestService {
    private static final Actor INGEST = new Actor("ingest", java.util.Set.of(Role.ADMINISTRATOR));

    private final IngestPorts ports;

    public LocationIngestService(IngestPorts ports) {
        this.ports = ports;
    }

    /**
     * Ingests fixes whose devices the caller has authenticated (device secret, or a broker or
     * integration account trusted for them). Infrastructure failures propagate after the quality
     * filter forgot the fixes, so that the device's resend is accepted.
     */
    public IngestReport ingest(List<DeviceFix> fixes) {
        Instant receivedAt = ports.clock().instant();
        Map<String, Integer> dropped = new HashMap<>();
        List<StoredFix> keep = new ArrayList<>();
        List<DeviceFix> remembered = new ArrayList<>();
        Map<String, Optional<Device>> devices = new HashMap<>();
        CallMemo memo = new CallMemo(ports.devices(), ports.authorizations());
        ProcessingPolicy policy = new ProcessingPolicy(memo);
        ports.tx().inTransaction(() -> {
            prefetch(fixes, devices, memo, receivedAt);
            for (DeviceFix fix : fixes) {
                Optional<Device> device = devices.computeIfAbsent(
                        fix.deviceIdentifier(), id -> ports.devices().findByIdentifier(id));
                String reason = classify(fix, device, receivedAt, keep, remembered, memo, policy);
                if (reason != null) {
                    dropped.merge(reason, 1, Integer::sum);
                    ports.drops().count(device.map(Device::id).orElse(null), reason, 1);
                }
            }
            return null;
        });
        int stored;
        try {
            stored = ports.tx().inTransaction(() -> store(keep, receivedAt));
        } catch (RuntimeException e) {
            remembered.forEach(ports.filter()::retract);
            throw e;
        }
        if (!keep.isEmpty()) {
            ports.listener().kept(List.copyOf(keep));
        }
        return new IngestReport(fixes.size(), stored, keep.size() - stored, dropped);
    }

    /**
     * Reads the call's devices, their bindings and authorizations in a few queries instead of a few
     * per device; what is not found here is still read fix by fix.
     */
    private void prefetch(
            List<DeviceFix> fixes, Map<String, Optional<Device>> devices, CallMemo memo, Instant receivedAt) {
        Set<String> identifiers = new HashSet<>();
        fixes.forEach(fix -> identifiers.add(fix.deviceIdentifier()));
        if (identifiers.size() < 2) {
            return;
        }
        Map<String, Device> found = ports.devices().findByIdentifiers(identifiers);
        identifiers.forEach(id -> devices.put(id, Optional.ofNullable(found.get(id))));
        memo.prefetch(
                found.values().stream()
                        .filter(d -> d.enabled() && d.kind().needsAuthorization())
                        .map(Device::id)
                        .toList(),
                receivedAt);
    }

    /** Null when the fix is to be kept (and added to {@code keep}); otherwise the drop reason. */
    private @Nullable String classify(
            DeviceFix fix,
            Optional<Device> device,
            Instant receivedAt,
            List<StoredFix> keep,
            List<DeviceFix> remembered,
            CallMemo memo,
            ProcessingPolicy policy) {
        if (device.isEmpty()) {
            return IngestDrop.UNKNOWN_DEVICE.name();
        }
        Device d = device.get();
        if (!d.enabled()) {
            return IngestDrop.DEVICE_DISABLED.name();
        }
        if (ports.filter().check(fix) instanceof FilterVerdict.Dropped drop) {
            return drop.reason().name();
        }
        remembered.add(fix);
        if (!d.kind().needsAuthorization()) {
            keep.add(new StoredFix(
                    d.id(), null, null, fix.at(), fix.position(), fix.readings(), fix.source(), receivedAt));
            return null;
        }
        Optional<DeviceBinding> binding = memo.bindingAt(d.id(), fix.at());
        if (binding.isEmpty()) {
            return IngestDrop.NOT_BOUND.name();
        }
        DeviceBinding b = binding.get();
        PolicyDecision decision = policy.check(ProcessingRequest.location(b.subjectId(), fix.at(), fix.position())
                .under(b.authorizationId()));
        if (decision instanceof PolicyDecision.Deny deny) {
            return IngestDrop.NOT_AUTHORIZED.name() + "_" + deny.reason().name();
        }
        keep.add(new StoredFix(
                d.id(),
                b.subjectId(),
                b.authorizationId(),
                fix.at(),
                fix.position(),
                fix.readings(),
                fix.source(),
                receivedAt));
        return null;
    }

    private int store(List<StoredFix> keep, Instant now) {
        if (keep.isEmpty()) {
            return 0;
        }
        int stored = ports.fixes().insert(keep);
        Map<AuthorizationId, List<StoredFix>> byAuthorization = new LinkedHashMap<>();
        for (StoredFix fix : keep) {
            if (fix.authorization() != null) {
                byAuthorization
                        .computeIfAbsent(fix.authorization(), a -> new ArrayList<>())
                        .add(fix);
            }
        }
        List<AuditRecord> records = new ArrayList<>(byAuthorization.size());
        byAuthorization.forEach((authorization, list) -> records.add(AuditRecord.by(INGEST, now)
                .authorization(authorization)
                .detail("fixes=" + list.size() + " source=" + list.getFirst().source())
                .success(
                        AuditAction.CREATE,
                        AuditObjectType.LOCATION_TRACK,
                        String.valueOf(list.getFirst().subject()))));
        ports.audit().appendAll(records);
        return stored;
    }
}
