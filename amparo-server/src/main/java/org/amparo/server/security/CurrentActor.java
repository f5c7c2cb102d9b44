package org.amparo.server.security;

import java.util.EnumSet;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Turns Spring Security's authentication into the core's {@link Actor}. */
public final class CurrentActor {
    private CurrentActor() {}

    public static Actor of(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                roles.add(Role.valueOf(name.substring("ROLE_".length())));
            }
        }
        return new Actor(authentication.getName(), roles);
    }
}
