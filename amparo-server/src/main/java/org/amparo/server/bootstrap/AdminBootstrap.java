package org.amparo.server.bootstrap;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import org.amparo.core.access.Role;
import org.amparo.core.access.User;
import org.amparo.core.access.UserStore;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.engine.Transactions;
import org.amparo.server.SuppressForbidden;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.security.Passwords;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates the {@code admin} account when no user exists. Its password comes from
 * {@code amparo.admin.initial-password}, or is generated and printed once on the console, never
 * through the logging system, so that it does not end up in log files or log shipping. A generated password must be
 * changed at the first sign-in.
 */
public final class AdminBootstrap {
    private AdminBootstrap() {}

    /** Returns true when the admin account was created now. */
    public static boolean ensureAdmin(
            UserStore users, PasswordEncoder encoder, Settings settings, Transactions tx, AuditLog audit, Clock clock) {
        if (users.count() > 0) {
            return false;
        }
        String configured = settings.optional(AmparoConfig.ADMIN_INITIAL_PASSWORD);
        String password = configured != null ? configured : generate();
        // a generated password has been on a console: its user replaces it at the first sign-in
        User admin = new User(
                "admin",
                Passwords.hash(encoder, password),
                Set.of(Role.ADMINISTRATOR),
                true,
                clock.instant(),
                false,
                configured == null);
        tx.inTransaction(() -> {
            users.insert(admin);
            audit.append(AuditRecord.by(admin.actor(), clock.instant())
                    .detail("first start: administrator account created")
                    .success(AuditAction.CREATE, AuditObjectType.USER, admin.username()));
            return admin;
        });
        if (configured == null) {
            printOnce(password);
        }
        return true;
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @SuppressForbidden(reason = "the one-time password goes to the console, never to the log")
    private static void printOnce(String password) {
        System.out.println();
        System.out.println("==================================================================");
        System.out.println(" Amparo first start: administrator account 'admin'");
        System.out.println(" One-time password: " + password);
        System.out.println(" It is shown only now and stored only as a bcrypt hash;");
        System.out.println(" it must be changed at the first sign-in.");
        System.out.println("==================================================================");
        System.out.println();
        System.out.flush();
    }
}
