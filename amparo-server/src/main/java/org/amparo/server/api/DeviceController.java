package org.amparo.server.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.device.Device;
import org.amparo.core.device.DeviceBinding;
import org.amparo.core.device.DeviceId;
import org.amparo.core.device.DeviceKind;
import org.amparo.core.device.DeviceService;
import org.amparo.core.device.DeviceStore;
import org.amparo.core.engine.Transactions;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.server.security.ApiTokens;
import org.amparo.server.security.CurrentActor;
import org.amparo.store.location.JdbcDropCounter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Devices: registration (the secret is shown once), binding to a subject under an authorization, drop counts. */
@RestController
public class DeviceController {
    private final DeviceService devices;
    private final DeviceStore store;
    private final Transactions tx;
    private final JdbcDropCounter drops;
    private final AuditLog audit;
    private final Clock clock;

    public DeviceController(
            DeviceService devices,
            DeviceStore store,
            Transactions tx,
            JdbcDropCounter drops,
            AuditLog audit,
            Clock clock) {
        this.devices = devices;
        this.store = store;
        this.tx = tx;
        this.drops = drops;
        this.audit = audit;
        this.clock = clock;
    }

    /** A registration. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record NewDevice(
            @Nullable String identifier,
            @Nullable DeviceKind kind,
            @Nullable String label) {}

    /** A binding request. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record NewBinding(
            @Nullable String subjectId, @Nullable String authorizationId) {}

    /** A device without its secret. */
    public record DeviceView(
            String id, String identifier, DeviceKind kind, String label, boolean enabled, Instant createdAt) {
        static DeviceView of(Device d) {
            return new DeviceView(d.id().toString(), d.identifier(), d.kind(), d.label(), d.enabled(), d.createdAt());
        }
    }

    /** The registration answer: the device and its secret, shown only now. */
    public record Registered(String id, String identifier, DeviceKind kind, String token) {}

    @PostMapping("/api/v1/devices")
    ResponseEntity<Registered> register(@RequestBody NewDevice body, Authentication auth) {
        if (body.identifier() == null) {
            throw RefusedException.invalid("identifier", "required");
        }
        DeviceKind kind = body.kind() == null ? DeviceKind.PHONE : body.kind();
        String secret = ApiTokens.newSecret().replace("amp_", "dev_");
        Device device = Outcomes.value(devices.register(
                CurrentActor.of(auth),
                body.identifier(),
                kind,
                body.label() == null ? "" : body.label(),
                ApiTokens.sha256(secret)));
        return ResponseEntity.created(URI.create("/api/v1/devices/" + device.id()))
                .body(new Registered(device.id().toString(), device.identifier(), device.kind(), secret));
    }

    /**
     * Lists devices; identifiers can be a person's phone (IMEI), so the read is audited. The camera
     * stand-ins under which confirmed face sightings join a subject's track are left out: they tie a
     * subject to a camera, which only a justified track read may show.
     */
    @GetMapping("/api/v1/devices")
    List<DeviceView> list(Authentication auth) {
        return tx
                .inTransaction(() -> {
                    List<Device> all = store.all(1_000).stream()
                            .filter(d -> d.kind() != DeviceKind.CAMERA)
                            .toList();
                    audit.append(AuditRecord.by(CurrentActor.of(auth), clock.instant())
                            .detail("device list returned=" + all.size())
                            .success(AuditAction.READ, AuditObjectType.DEVICE, "-"));
                    return all;
                })
                .stream()
                .map(DeviceView::of)
                .toList();
    }

    @PostMapping("/api/v1/devices/{id}/binding")
    Map<String, Object> bind(@PathVariable String id, @RequestBody NewBinding body, Authentication auth) {
        if (body.subjectId() == null || body.authorizationId() == null) {
            throw RefusedException.invalid("subjectId", "subjectId and authorizationId are required");
        }
        DeviceBinding binding = Outcomes.value(devices.bind(
                CurrentActor.of(auth),
                deviceId(id),
                Ids.subject(body.subjectId()),
                authorizationId(body.authorizationId())));
        return Map.of(
                "deviceId", binding.deviceId().toString(),
                "subjectId", binding.subjectId().toString(),
                "authorizationId", binding.authorizationId().toString(),
                "from", binding.from().toString());
    }

    /** Fixes not kept, per device and reason: counts only, never positions. */
    @GetMapping("/api/v1/devices/drops")
    Map<String, Map<String, Long>> drops() {
        return drops.totals();
    }

    static DeviceId deviceId(String text) {
        try {
            return DeviceId.parse(text);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("id", "not a device id");
        }
    }

    private static AuthorizationId authorizationId(String text) {
        try {
            return AuthorizationId.parse(text);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("authorizationId", "not an authorization id");
        }
    }
}
