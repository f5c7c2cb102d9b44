package org.amparo.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.amparo.server.api.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a signed-in user whose password must be changed to the change itself: the API answers every other route
 * with a 403 problem ({@code password-change-required}), the web UI redirects every other page to
 * {@code /account/password}. Sign-out, the login page and the static files stay reachable. Part of the security
 * chains only, never registered as a servlet filter of its own.
 */
final class PasswordChangeRequiredFilter extends OncePerRequestFilter {
    /** The API change route. */
    static final String API_CHANGE = "/api/v1/me/password";
    /** The page change route. */
    static final String PAGE_CHANGE = "/account/password";

    private static final Set<String> API_ALLOWED = Set.of(API_CHANGE, "/api/v1/me");
    private static final Set<String> PAGE_ALLOWED = Set.of(PAGE_CHANGE, "/logout", "/login", "/error", "/favicon.ico");
    private static final Set<String> STATIC = Set.of("/css/", "/js/", "/vendor/", "/webjars/");

    private final ProblemWriter problems;
    private final boolean api;

    PasswordChangeRequiredFilter(ProblemWriter problems, boolean api) {
        this.problems = problems;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!PasswordChange.required(SecurityContextHolder.getContext().getAuthentication()) || allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (api) {
            problems.write(
                    response,
                    ProblemWriter.problem(
                            HttpStatus.FORBIDDEN,
                            "password-change-required",
                            "this account's password was set by someone else: change it first (POST " + API_CHANGE
                                    + ")"));
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + PAGE_CHANGE);
        }
    }

    private boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (api) {
            return API_ALLOWED.contains(path);
        }
        return PAGE_ALLOWED.contains(path) || STATIC.stream().anyMatch(path::startsWith);
    }
}
