package org.amparo.server.camera;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.camera.CameraId;
import org.amparo.core.camera.CameraStore;
import org.amparo.core.engine.Transactions;
import org.amparo.server.security.ApiTokens;
import org.jspecify.annotations.Nullable;

/**
 * Checks a camera's own upload token (sent in {@value #HEADER}) against the SHA-256 stored at registration, in
 * constant time. The header is not {@code Authorization}, which carries users' credentials and API tokens.
 * Thread-safe.
 */
public final class CameraAuthenticator {
    /** The header a camera sends its token in. */
    public static final String HEADER = "X-Amparo-Camera-Token";

    /** Prefix of camera tokens, so that leaked ones are recognisable. */
    static final String PREFIX = "amc_";

    private final CameraStore cameras;
    private final Transactions tx;

    public CameraAuthenticator(CameraStore cameras, Transactions tx) {
        this.cameras = cameras;
        this.tx = tx;
    }

    /** A new camera token: 256 random bits, shown once. */
    public static String newToken() {
        return PREFIX + ApiTokens.newSecret().substring("amp_".length());
    }

    /** Whether {@code token} is the upload token of {@code camera}. */
    public boolean verify(CameraId camera, @Nullable String token) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return false;
        }
        byte[] given = ApiTokens.sha256(token.strip()).getBytes(StandardCharsets.US_ASCII);
        return tx.inTransaction(() -> cameras.tokenSha256(camera))
                .map(stored -> MessageDigest.isEqual(given, stored.getBytes(StandardCharsets.US_ASCII)))
                .orElse(false);
    }

    /**
     * Who a camera's own frames (uploaded with its token, or pulled from its source) are matched for in the audit
     * log: {@code camera:<id>}. The role only satisfies the actor's invariant; nothing checks it on this path.
     */
    public static Actor actor(CameraId camera) {
        return new Actor("camera:" + camera, Set.of(Role.ADMINISTRATOR));
    }
}
