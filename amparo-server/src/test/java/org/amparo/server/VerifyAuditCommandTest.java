package org.amparo.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.store.Database;
import org.amparo.store.DatabaseConfig;
import org.amparo.store.audit.JdbcAuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The command-line verification finds an edited row in the embedded database, as an auditor would run it. */
class VerifyAuditCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void reportsIntactThenTheFirstEditedEntry() {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("amparo") + ";AUTO_SERVER=FALSE";
        try (Database db = new Database(new DatabaseConfig(url, "sa", "", 2, null))) {
            JdbcAuditLog audit = new JdbcAuditLog(db.dataSource());
            Actor actor = new Actor("investigator", Set.of(Role.INVESTIGATOR));
            for (int i = 0; i < 5; i++) {
                int n = i;
                db.transactions()
                        .inTransaction(() -> audit.append(AuditRecord.by(actor, Instant.parse("2026-11-26T10:00:00Z"))
                                .detail("entry " + n)
                                .success(AuditAction.CREATE, AuditObjectType.SUBJECT, "s" + n)));
            }
        }
        String[] args = {"--amparo.data-dir=" + dataDir.toAbsolutePath()};
        assertThat(VerifyAuditCommand.run(args)).isZero();

        try (Database db = new Database(new DatabaseConfig(url, "sa", "", 2, null))) {
            new JdbcTemplate(db.dataSource()).update("UPDATE audit_log SET username = 'someone-else' WHERE seq = 3");
        }
        assertThat(VerifyAuditCommand.run(args)).isEqualTo(1);
        assertThat(VerifyAuditCommand.run(new String[] {"--amparo.data-dir=" + dataDir.resolve("missing")}))
                .isEqualTo(2);
        assertThat(VerifyAuditCommand.run(new String[] {"bogus"})).isEqualTo(2);
    }
}
