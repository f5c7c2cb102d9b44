package org.amparo.server.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.access.User;
import org.amparo.core.access.UserStore;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.engine.Transactions;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.security.ApiTokens;
import org.amparo.server.security.CurrentActor;
import org.amparo.server.security.PasswordChange;
import org.amparo.server.security.Passwords;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users (administrator), the caller's own password and personal API tokens (any user, shown once). An account an
 * administrator creates must change its password at the first sign-in.
 */
@RestController
public class UserController {
    private final UserStore users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final Duration tokenValidity;
    private final PasswordChange passwords;

    public UserController(
            UserStore users,
            PasswordEncoder encoder,
            AuditLog audit,
            Transactions tx,
            Clock clock,
            Settings settings,
            PasswordChange passwords) {
        this.passwords = passwords;
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.tokenValidity = Duration.ofDays(settings.get(AmparoConfig.API_TOKEN_DAYS));
    }

    /** A new account. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record NewUser(
            @Nullable String username,
            @Nullable String password,
            @Nullable List<Role> roles) {}

    /** An account without its password hash. */
    public record UserView(
            String username, Set<Role> roles, boolean enabled, Instant createdAt, boolean passwordChangeRequired) {
        static UserView of(User u) {
            return new UserView(u.username(), u.roles(), u.enabled(), u.createdAt(), u.passwordChangeRequired());
        }
    }

    /** A user's change of their own password. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record NewPassword(
            @Nullable String currentPassword, @Nullable String newPassword) {}

    /** A token request. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record NewToken(@Nullable String name) {}

    /** The secret is shown in this response only. */
    public record TokenView(String name, String token, Instant expiresAt) {}

    @GetMapping("/api/v1/users")
    List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }

    @PostMapping("/api/v1/users")
    ResponseEntity<UserView> create(@RequestBody NewUser body, Authentication auth) {
        if (body.username() == null || !body.username().matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw RefusedException.invalid("username", "2..64 characters of a-z, 0-9, '.', '_' or '-'");
        }
        if (body.password() == null || !PasswordChange.acceptableLength(body.password())) {
            throw RefusedException.invalid("password", PasswordChange.RULE);
        }
        if (body.roles() == null || body.roles().isEmpty()) {
            throw RefusedException.invalid("roles", "at least one role");
        }
        Actor actor = CurrentActor.of(auth);
        Instant now = clock.instant();
        User user = new User(
                body.username(),
                Passwords.hash(encoder, body.password()),
                EnumSet.copyOf(body.roles()),
                true,
                now,
                false,
                true);
        tx.inTransaction(() -> {
            if (users.find(user.username()).isPresent()) {
                throw new RefusedException(
                        HttpStatus.CONFLICT, "conflict", "user " + user.username() + " exists", List.of());
            }
            users.insert(user);
            audit.append(AuditRecord.by(actor, now)
                    .detail("roles=" + user.actor().rolesText() + "; password to be changed at first sign-in")
                    .success(AuditAction.CREATE, AuditObjectType.USER, user.username()));
            return user;
        });
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.username()))
                .body(UserView.of(user));
    }

    /** An administrator's new password for someone else's account. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record PasswordReset(@Nullable String password) {}

    /** Lets an account sign in no more: its sessions end at their next page, its tokens and Basic logins fail. */
    @PostMapping("/api/v1/users/{username}/disable")
    UserView disable(@PathVariable String username, Authentication auth) {
        return enabled(username, false, auth);
    }

    @PostMapping("/api/v1/users/{username}/enable")
    UserView enable(@PathVariable String username, Authentication auth) {
        return enabled(username, true, auth);
    }

    /**
     * Sets a new password for someone who lost theirs; they must change it at their next sign-in (an open session
     * is held at the change page at once). The administrator's own password changes through {@code /api/v1/me}.
     */
    @PostMapping("/api/v1/users/{username}/password")
    UserView resetPassword(@PathVariable String username, @RequestBody PasswordReset body, Authentication auth) {
        Actor actor = CurrentActor.of(auth);
        if (username.equals(actor.username())) {
            throw new RefusedException(
                    HttpStatus.CONFLICT,
                    "own-account",
                    "change your own password with POST /api/v1/me/password",
                    List.of());
        }
        String password = body.password();
        if (password == null || !PasswordChange.acceptableLength(password)) {
            throw RefusedException.invalid("password", PasswordChange.RULE);
        }
        String hash = Passwords.hash(encoder, password);
        Instant now = clock.instant();
        return changeAccount(
                actor,
                username,
                now,
                () -> users.resetPassword(username, hash, now),
                "password reset by an administrator; to be changed at the next sign-in");
    }

    private UserView enabled(String username, boolean enabled, Authentication auth) {
        Actor actor = CurrentActor.of(auth);
        if (!enabled && username.equals(actor.username())) {
            throw new RefusedException(
                    HttpStatus.CONFLICT,
                    "own-account",
                    "an administrator cannot disable their own account (another administrator can)",
                    List.of());
        }
        return changeAccount(
                actor,
                username,
                clock.instant(),
                () -> users.setEnabled(username, enabled),
                enabled ? "account enabled" : "account disabled");
    }

    /** Changes someone's account and audits it, in one transaction; 404 when there is no such account. */
    private UserView changeAccount(Actor actor, String username, Instant now, BooleanSupplier change, String detail) {
        return tx.inTransaction(() -> {
            if (!change.getAsBoolean()) {
                throw new RefusedException(HttpStatus.NOT_FOUND, "not-found", "no user " + username, List.of());
            }
            audit.append(AuditRecord.by(actor, now)
                    .detail(detail)
                    .success(AuditAction.UPDATE, AuditObjectType.USER, username));
            return UserView.of(users.find(username).orElseThrow());
        });
    }

    /**
     * Changes the caller's own password (the only route, with {@code GET /api/v1/me}, open to an account whose
     * password must be changed first).
     */
    @PostMapping("/api/v1/me/password")
    ResponseEntity<Void> changePassword(@RequestBody NewPassword body, Authentication auth) {
        if (body.currentPassword() == null || body.newPassword() == null) {
            throw RefusedException.invalid(
                    body.currentPassword() == null ? "currentPassword" : "newPassword", "required");
        }
        return switch (passwords.change(CurrentActor.of(auth), body.currentPassword(), body.newPassword())) {
            case PasswordChange.Changed c -> ResponseEntity.noContent().build();
            case PasswordChange.Refused r -> throw RefusedException.invalid(r.field(), r.detail());
        };
    }

    @PostMapping("/api/v1/tokens")
    ResponseEntity<TokenView> token(@RequestBody NewToken body, Authentication auth) {
        String name = body.name() == null ? "" : body.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw RefusedException.invalid("name", "1..100 characters naming where the token is used");
        }
        Actor actor = CurrentActor.of(auth);
        Instant now = clock.instant();
        String secret = ApiTokens.newSecret();
        Instant expires = now.plus(tokenValidity);
        tx.inTransaction(() -> {
            users.insertToken(actor.username(), name, ApiTokens.sha256(secret), now, expires);
            audit.append(AuditRecord.by(actor, now)
                    .detail("name=" + name + " expires=" + expires)
                    .success(AuditAction.CREATE, AuditObjectType.API_TOKEN, actor.username()));
            return name;
        });
        return ResponseEntity.status(HttpStatus.CREATED).body(new TokenView(name, secret, expires));
    }

    /** Who am I: username and roles, for clients and pages. */
    @GetMapping("/api/v1/me")
    Actor me(Authentication auth) {
        return CurrentActor.of(auth);
    }
}
