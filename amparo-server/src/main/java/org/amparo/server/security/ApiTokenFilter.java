package org.amparo.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.amparo.core.access.User;
import org.amparo.core.access.UserStore;
import org.amparo.server.api.ProblemWriter;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer amp_...} API tokens. Only the token's SHA-256 is
 * stored and looked up; an unknown or expired token answers 401 at once.
 */
@Component
public class ApiTokenFilter extends OncePerRequestFilter {
    private final UserStore users;
    private final Clock clock;
    private final ProblemWriter problems;

    public ApiTokenFilter(UserStore users, Clock clock, ProblemWriter problems) {
        this.users = users;
        this.clock = clock;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring("Bearer ".length()).strip();
        Optional<User> user =
                users.findByToken(ApiTokens.sha256(token), clock.instant()).filter(User::enabled);
        if (user.isEmpty()) {
            problems.unauthorized(request, response, new BadCredentialsException("unknown or expired API token"));
            return;
        }
        var authorities = SecurityConfig.authorities(user.get());
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(user.get().username(), null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
