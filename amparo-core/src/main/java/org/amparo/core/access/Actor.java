package org.amparo.core.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated person on whose behalf an operation runs. Immutable.
 *
 * @param username the unique login name
 * @param roles the roles granted to that user, never empty
 */
public record Actor(String username, Set<Role> roles) {
    public Actor {
        Objects.requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an actor holds at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The system itself, for scheduled work (expiry sweeps, retention purge). */
    public static Actor system() {
        return new Actor("system", Set.of(Role.ADMINISTRATOR));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The roles as one stable, comma-separated text, for the audit log. */
    public String rolesText() {
        return String.join(",", roles.stream().map(Enum::name).sorted().toList());
    }
}
