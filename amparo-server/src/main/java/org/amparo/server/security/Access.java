package org.amparo.server.security;

import java.util.EnumSet;
import java.util.Set;
import org.amparo.core.access.Role;

/** Who may call a route. */
public sealed interface Access {
    /** Anyone, logged in or not: login page, health, static assets. */
    record Public() implements Access {}

    /** Any logged-in user, whatever the role. */
    record Authenticated() implements Access {}

    /** Users holding at least one of the roles. */
    record AnyOf(Set<Role> roles) implements Access {
        public AnyOf {
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("name at least one role");
            }
            roles = Set.copyOf(EnumSet.copyOf(roles));
        }
    }

    static Access anyOf(Role... roles) {
        return new AnyOf(Set.of(roles));
    }
}
