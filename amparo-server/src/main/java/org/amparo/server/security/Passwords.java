package org.amparo.server.security;

import java.util.Objects;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing through the configured encoder (bcrypt). */
public final class Passwords {
    private Passwords() {}

    public static String hash(PasswordEncoder encoder, String raw) {
        return Objects.requireNonNull(encoder.encode(raw), "the password encoder returned no hash");
    }
}
