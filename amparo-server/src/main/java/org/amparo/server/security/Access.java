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

    /**
     * No user login required by the filter chain: the controller itself checks the credential described (an HMAC of
     * the body, a gateway token, or a logged-in user of the named roles) and refuses everything else.
     *
     * @param description who may call, as the route reference shows it
     */
    record Credential(String description) implements Access {
        public Credential {
            if (description.isBlank()) {
                throw new IllegalArgumentException("describe the credential the controller checks");
            }
        }
    }

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
