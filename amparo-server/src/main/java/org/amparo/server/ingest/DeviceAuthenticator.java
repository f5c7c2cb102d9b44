package org.amparo.server.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.amparo.core.device.Device;
import org.amparo.core.device.DeviceStore;
import org.amparo.core.engine.Transactions;
import org.amparo.server.security.ApiTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Checks a device's identifier and secret against the registry, in constant time. Thread-safe. */
@Component
public class DeviceAuthenticator {
    private final DeviceStore devices;
    private final Transactions tx;

    public DeviceAuthenticator(DeviceStore devices, Transactions tx) {
        this.devices = devices;
        this.tx = tx;
    }

    /** The enabled device with that identifier whose secret is {@code secret}. */
    public Optional<Device> verify(String identifier, @Nullable String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > 200) {
            return Optional.empty();
        }
        byte[] given = ApiTokens.sha256(secret).getBytes(StandardCharsets.US_ASCII);
        return tx.inTransaction(() -> devices.findByIdentifier(identifier))
                .filter(Device::enabled)
                .filter(d -> MessageDigest.isEqual(given, d.tokenSha256().getBytes(StandardCharsets.US_ASCII)));
    }
}
