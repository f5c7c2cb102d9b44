package org.amparo.bench.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.engine.Transactions;
import org.amparo.store.Database;
import org.amparo.store.DatabaseConfig;
import org.amparo.store.audit.JdbcAuditLog;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends per second to Amparo's hash-chained audit log, each in its own transaction (as every
 * audited action commits), against the peer an agency would otherwise use: a plain audit table
 * with the same columns and no chain, also one insert per transaction. Both on the embedded H2 and
 * on the machine's PostgreSQL (fresh schema each run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AuditAppendBenchmark {
    @Param({"h2", "postgres"})
    public String database = "h2";

    private @Nullable Database db;
    private @Nullable String schema;
    private @Nullable Fixture fixture;
    private final Actor actor = new Actor("investigator", Set.of(Role.INVESTIGATOR));
    private final Clock clock = Clock.systemUTC();
    private final AtomicLong plainSeq = new AtomicLong();

    @Setup(Level.Trial)
    public void open() throws SQLException {
        String url;
        String user = "sa";
        if (database.equals("postgres")) {
            schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            url = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema;
            user = "postgres";
        } else {
            url = "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        }
        Database opened = new Database(new DatabaseConfig(url, user, "", 4, null));
        db = opened;
        JdbcTemplate jdbc = new JdbcTemplate(opened.dataSource());
        fixture = new Fixture(new JdbcAuditLog(opened.dataSource()), opened.transactions(), jdbc);
        jdbc.execute("CREATE TABLE plain_audit (seq BIGINT PRIMARY KEY, occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                + " username VARCHAR(64) NOT NULL, roles VARCHAR(255) NOT NULL, action_name VARCHAR(32) NOT NULL,"
                + " object_type VARCHAR(32) NOT NULL, object_id VARCHAR(200) NOT NULL, authorization_id VARCHAR(36),"
                + " justification VARCHAR(4000), outcome VARCHAR(16) NOT NULL, detail VARCHAR(4000) NOT NULL)");
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        if (db != null) {
            db.close();
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** What the benchmark methods use, built once per trial. */
    private record Fixture(JdbcAuditLog audit, Transactions tx, JdbcTemplate jdbc) {}

    private Fixture fixture() {
        return java.util.Objects.requireNonNull(fixture, "set up by JMH");
    }

    private AuditRecord record() {
        return AuditRecord.by(actor, clock.instant())
                .justification("Case 01283-2026-00412: verify identity")
                .detail("purpose=VICTIM_OR_MISSING_PERSON_SEARCH")
                .success(AuditAction.READ, AuditObjectType.SUBJECT, "5b0e3c1c-2f9e-4d0b-9b0a-1f1f2c3d4e5f");
    }

    /** Amparo: lock the head, hash, insert, move the head; one transaction. */
    @Benchmark
    public Object amparoChainedAppend() {
        Fixture f = fixture();
        return f.tx().inTransaction(() -> f.audit().append(record()));
    }

    /** Peer: a plain audit insert with the same columns and no chain; one transaction. */
    @Benchmark
    public Object peerPlainInsert() {
        AuditRecord r = record();
        Fixture f = fixture();
        return f.tx().inTransaction(() -> f.jdbc()
                .update(
                        "INSERT INTO plain_audit VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        plainSeq.incrementAndGet(),
                        Timestamp.from(r.at()),
                        r.username(),
                        r.roles(),
                        r.action().name(),
                        r.objectType().name(),
                        r.objectId(),
                        r.authorizationId(),
                        r.justification(),
                        r.result().name(),
                        r.detail()));
    }
}
