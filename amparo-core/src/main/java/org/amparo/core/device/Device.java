package org.amparo.core.device;

import java.time.Instant;
import java.util.Objects;

/**
 * A registered device. {@code identifier} is what the device itself reports (IMEI, OsmAnd id,
 * OwnTracks user/device); {@code tokenSha256} is the hash of its per-device secret, which is shown
 * once at registration and never stored. Immutable.
 *
 * @param id registry identifier
 * @param identifier the identifier the device reports, unique
 * @param kind phone, tracker or agency unit
 * @param label a non-personal label ("EM tracker 12", "Patrol 4-17")
 * @param tokenSha256 hex SHA-256 of the device secret
 * @param createdAt registration time
 * @param createdBy who registered it
 * @param enabled whether its fixes are accepted at all
 */
public record Device(
        DeviceId id,
        String identifier,
        DeviceKind kind,
        String label,
        String tokenSha256,
        Instant createdAt,
        String createdBy,
        boolean enabled) {
    /** Longest accepted device identifier. */
    public static final int MAX_IDENTIFIER = 100;

    public Device {
        Objects.requireNonNull(id, "id");
        if (!validIdentifier(identifier)) {
            throw new IllegalArgumentException(
                    "device identifier: 1.." + MAX_IDENTIFIER + " printable characters without spaces");
        }
        if (!tokenSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("token hash must be 64 hex characters");
        }
    }

    public static boolean validIdentifier(String identifier) {
        return !identifier.isEmpty() && identifier.length() <= MAX_IDENTIFIER && identifier.matches("[\\x21-\\x7E]+");
    }
}
