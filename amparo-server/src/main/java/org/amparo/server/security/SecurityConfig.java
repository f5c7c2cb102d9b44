package org.amparo.server.security;

import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.List;
import org.amparo.core.access.User;
import org.amparo.core.access.UserStore;
import org.amparo.server.api.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains, both built from {@link RouteTable} and both denying whatever it does not list:
 * the API (HTTP Basic or bearer API token, stateless, problem+json errors) and the web UI (form
 * login, session, CSRF).
 */
@Configuration
public class SecurityConfig {
    /** bcrypt cost: about 50 ms per check on the reference 2-core machine. */
    static final int BCRYPT_COST = 10;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_COST);
    }

    @Bean
    UserDetailsService userDetailsService(UserStore users) {
        return username -> users.find(username)
                .map(u -> org.springframework.security.core.userdetails.User.withUsername(u.username())
                        .password(u.passwordHash())
                        .authorities(authorities(u))
                        .disabled(!u.enabled())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** The user's roles, and {@link PasswordChange#REQUIRED} while their password must be changed. */
    static List<GrantedAuthority> authorities(User user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        if (user.passwordChangeRequired()) {
            authorities.add(new SimpleGrantedAuthority(PasswordChange.REQUIRED));
        }
        return authorities;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenFilter tokenFilter, ProblemWriter problems)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> apply(a, RouteTable.API))
                .httpBasic(b -> b.authenticationEntryPoint(problems::unauthorized))
                .addFilterBefore(tokenFilter, BasicAuthenticationFilter.class)
                .addFilterBefore(new AccountStateFilter(problems, null), AuthorizationFilter.class)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::forbidden));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, ProblemWriter problems, UserStore users) throws Exception {
        http.authorizeHttpRequests(a -> apply(a, RouteTable.UI))
                .addFilterBefore(new AccountStateFilter(problems, users), AuthorizationFilter.class)
                .formLogin(
                        f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    private static void apply(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry,
            List<Route> routes) {
        // An async dispatch continues a request whose own dispatch was authorized (a server-sent
        // event stream completing or timing out); without this the stateless API chain sees it
        // anonymous and logs an access-denied error on an already committed response.
        registry.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll();
        for (Route route : routes) {
            var matcher = route.method() == null
                    ? registry.requestMatchers(route.pattern())
                    : registry.requestMatchers(route.method(), route.pattern());
            switch (route.access()) {
                case Access.Public p -> matcher.permitAll();
                case Access.Credential c -> matcher.permitAll();
                case Access.Authenticated a -> matcher.authenticated();
                case Access.AnyOf any ->
                    matcher.hasAnyRole(any.roles().stream().map(Enum::name).toArray(String[]::new));
            }
        }
        registry.anyRequest().denyAll();
    }
}
