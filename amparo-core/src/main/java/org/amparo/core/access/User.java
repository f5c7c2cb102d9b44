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
 */
public record User(
        String username, String passwordHash, Set<Role> roles, boolean enabled, Instant createdAt, boolean demo) {
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

    public Actor actor() {
        return new Actor(username, roles);
    }
}
