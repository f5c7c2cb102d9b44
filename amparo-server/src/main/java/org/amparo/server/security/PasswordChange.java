package org.amparo.server.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.access.User;
import org.amparo.core.access.UserStore;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.engine.Transactions;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A user changes their own password: the current one must be given, the new one has 12 characters to 72 bytes, differs
 * from the current one and does not contain the username. The change and its audit entry (never the password) are
 * one transaction; a wrong current password is audited as denied. It clears {@link User#passwordChangeRequired}.
 * Thread-safe.
 */
@Component
public class PasswordChange {
    /** The authority a signed-in user holds while their password must be changed before anything else. */
    public static final String REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    /** Fewest characters of a password. */
    public static final int MIN_LENGTH = 12;
    /** Most UTF-8 bytes of a password: bcrypt reads no further, and its encoder refuses longer ones. */
    public static final int MAX_BYTES = 72;
    /** The rule in words, for API answers. */
    public static final String RULE = MIN_LENGTH + " characters to " + MAX_BYTES + " bytes of UTF-8";

    /** Whether {@code password} has the length a password may have. */
    public static boolean acceptableLength(String password) {
        return password.length() >= MIN_LENGTH && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /** What became of a change. */
    public sealed interface Result permits Changed, Refused {}

    /** The new password is stored. */
    public record Changed() implements Result {}

    /**
     * Refused, nothing stored.
     *
     * @param field the form or body field at fault
     * @param reason a stable code: {@code wrongCurrent}, {@code length}, {@code sameAsCurrent}, {@code
     *     containsUsername}, {@code changedMeanwhile}
     * @param detail the reason in English, for the API
     */
    public record Refused(String field, String reason, String detail) implements Result {}

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public PasswordChange(UserStore users, PasswordEncoder encoder, AuditLog audit, Transactions tx, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Whether the signed-in user holds {@link #REQUIRED}: their password must be changed before anything else. */
    public static boolean required(@Nullable Authentication authentication) {
        if (authentication == null) {
            return false;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (REQUIRED.equals(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    /** Changes {@code actor}'s password from {@code current} to {@code replacement}. */
    public Result change(Actor actor, String current, String replacement) {
        Instant now = clock.instant();
        Optional<User> found = tx.inTransaction(() -> users.find(actor.username()));
        if (found.isEmpty() || !encoder.matches(current, found.get().passwordHash())) {
            tx.inTransaction(() -> {
                audit.append(AuditRecord.by(actor, now)
                        .detail("password change: the current password was wrong")
                        .denied(AuditAction.UPDATE, AuditObjectType.USER, actor.username()));
                return actor;
            });
            return new Refused("currentPassword", "wrongCurrent", "the current password is wrong");
        }
        if (!acceptableLength(replacement)) {
            return new Refused("newPassword", "length", RULE + " are required");
        }
        if (replacement.equals(current)) {
            return new Refused("newPassword", "sameAsCurrent", "the new password must differ from the current one");
        }
        if (replacement.toLowerCase(Locale.ROOT).contains(actor.username().toLowerCase(Locale.ROOT))) {
            return new Refused("newPassword", "containsUsername", "the new password must not contain the username");
        }
        String hash = Passwords.hash(encoder, replacement);
        boolean changed = tx.inTransaction(() -> {
            boolean stored = users.changePassword(actor.username(), found.get().passwordHash(), hash, now);
            if (stored) {
                audit.append(AuditRecord.by(actor, now)
                        .detail("password changed by its user")
                        .success(AuditAction.UPDATE, AuditObjectType.USER, actor.username()));
            }
            return stored;
        });
        return changed
                ? new Changed()
                : new Refused("currentPassword", "changedMeanwhile", "the password was changed meanwhile; try again");
    }
}
