package org.amparo.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.amparo.core.access.User;
import org.amparo.core.access.UserStore;
import org.amparo.server.api.ProblemWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a signed-in user whose password must be changed to the change itself: the API answers every other route
 * with a 403 problem ({@code password-change-required}), the web UI redirects every other page to
 * {@code /account/password}. Sign-out, the login page and the static files stay reachable. A web session is
 * checked against the stored account on every page, so that an administrator's disabling ends it at the next
 * request and a password reset holds it at once (HTTP Basic and tokens read the account on every request anyway).
 * Part of the security chains only, never registered as a servlet filter of its own.
 */
final class AccountStateFilter extends OncePerRequestFilter {
    /** The API change route. */
    static final String API_CHANGE = "/api/v1/me/password";
    /** The page change route. */
    static final String PAGE_CHANGE = "/account/password";

    private static final Set<String> API_ALLOWED = Set.of(API_CHANGE, "/api/v1/me");
    private static final Set<String> PAGE_ALLOWED = Set.of(PAGE_CHANGE, "/logout", "/login", "/error", "/favicon.ico");
    private static final Set<String> STATIC = Set.of("/css/", "/js/", "/vendor/", "/webjars/");

    private final ProblemWriter problems;
    private final @Nullable UserStore sessions;

    /**
     * @param sessions the accounts, for the web UI's sessions; null for the API, whose authentication already
     *     reads the account on every request
     */
    AccountStateFilter(ProblemWriter problems, @Nullable UserStore sessions) {
        this.problems = problems;
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()
                || isStatic(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean required = PasswordChange.required(authentication);
        UserStore accounts = sessions;
        if (accounts != null) {
            Optional<User> account = accounts.find(authentication.getName());
            if (account.isEmpty() || !account.get().enabled()) {
                request.logout(); // the session of a disabled or removed account ends here
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", request.getContextPath() + "/login?ended");
                return;
            }
            required = account.get().passwordChangeRequired();
        }
        if (!required || allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (sessions == null) {
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
        String path = path(request);
        return sessions == null ? API_ALLOWED.contains(path) : PAGE_ALLOWED.contains(path);
    }

    /** The web UI's static files: reachable by everyone, and not worth an account lookup each. */
    private boolean isStatic(HttpServletRequest request) {
        String path = path(request);
        return sessions != null && STATIC.stream().anyMatch(path::startsWith);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
