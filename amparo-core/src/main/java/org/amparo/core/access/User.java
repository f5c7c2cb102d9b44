package org.amparo.core.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A user account. The password is only ever held as a salted, slow hash (bcrypt or Argon2, in the
 * encoder's own encoding). Immutable.
 *
 * @param username unique login name
 * @param passwordHash encoded password hash
 * @param roles granted roles, never empty
 * @param enabled whether the account may log in
 * @param createdAt when created
 * @param demo whether this is a demo account
 * @param passwordChangeRequired whether its password was chosen by someone else (generated at first start, or set
 *     by an administrator) and must be changed by its user before anything else
 */
public record User(
        String username,
        String passwordHash,
        Set<Role> roles,
        boolean enabled,
        Instant createdAt,
        boolean demo,
        boolean passwordChangeRequired) {
    public User {
        if (!username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw new IllegalArgumentException(
                    "username: 2..64 characters of lower-case letters, digits, '.', '_' or '-'");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user holds at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    /** An account whose user chose the password (no change required). */
    public User(
            String username, String passwordHash, Set<Role> roles, boolean enabled, Instant createdAt, boolean demo) {
        this(username, passwordHash, roles, enabled, createdAt, demo, false);
    }

    public Actor actor() {
        return new Actor(username, roles);
    }
}
