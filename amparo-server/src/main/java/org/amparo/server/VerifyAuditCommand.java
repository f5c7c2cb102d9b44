package org.amparo.server;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.amparo.core.audit.AuditVerification;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.ConfigKey;
import org.amparo.store.Database;
import org.amparo.store.DatabaseConfig;
import org.amparo.store.audit.JdbcAuditLog;

/**
 * {@code java -jar amparo-server.jar verify-audit [--amparo.database.url=...] [--amparo.data-dir=...]}:
 * verifies the audit chain straight from the database, without starting the server, and reports
 * the first broken entry. Exit code 0: intact; 1: broken; 2: could not check.
 */
final class VerifyAuditCommand {
    private VerifyAuditCommand() {}

    @SuppressForbidden(reason = "a command-line tool reports on the console")
    static int run(String[] args) {
        PrintStream out =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                out.println(
                        "usage: verify-audit [--amparo.database.url=URL] [--amparo.database.username=U] [--amparo.data-dir=DIR]");
                return 2;
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        String password = System.getenv("AMPARO_DATABASE_PASSWORD");
        String url = value(given, AmparoConfig.DATABASE_URL);
        if (url.isEmpty()) {
            Path dir = Path.of(value(given, AmparoConfig.DATA_DIR)).toAbsolutePath();
            url = "jdbc:h2:file:" + dir.resolve("amparo") + ";AUTO_SERVER=FALSE;IFEXISTS=TRUE";
        }
        try (Database database = new Database(new DatabaseConfig(
                url,
                value(given, AmparoConfig.DATABASE_USERNAME),
                password != null ? password : value(given, AmparoConfig.DATABASE_PASSWORD),
                2,
                null))) {
            AuditVerification result = new JdbcAuditLog(database.dataSource()).verify();
            return switch (result) {
                case AuditVerification.Valid valid -> {
                    out.println("audit chain valid: " + valid.verifiedEntries() + " entries, last " + valid.lastSeq());
                    yield 0;
                }
                case AuditVerification.Broken broken -> {
                    out.println("audit chain BROKEN at entry " + broken.firstBrokenEntry() + ": " + broken.reason()
                            + " (" + broken.verifiedEntries() + " entries verified before it)");
                    yield 1;
                }
            };
        } catch (RuntimeException e) {
            out.println("could not verify the audit chain: " + e.getMessage());
            return 2;
        }
    }

    private static String value(Map<String, String> given, ConfigKey<?> key) {
        String v = given.get(key.name());
        if (v != null) {
            return v;
        }
        return key.defaultValue() == null ? "" : key.defaultValue();
    }
}
