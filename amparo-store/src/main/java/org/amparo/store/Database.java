package org.amparo.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.amparo.core.engine.Transactions;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The pooled connection to Amparo's database, migrated to the current schema version on opening.
 * Every store of this module takes {@link #dataSource()}; {@link #transactions()} runs work in
 * transactions on that same data source, so that stores and the audit log called inside share one
 * connection and commit together.
 *
 * <p>Opening runs the Flyway migrations under {@code classpath:db/migration}, which are written to
 * run unchanged on H2 2.x and PostgreSQL. Thread-safe; close it once, when the application stops.
 */
public final class Database implements AutoCloseable {
    /** H2 waits this long for a row lock (its default of one second is too short for a busy audit log). */
    private static final int H2_LOCK_TIMEOUT_MILLIS = 10_000;

    private final HikariDataSource dataSource;
    private final SpringTransactions transactions;

    /** Opens a pool of the default size on the connection's default schema and migrates it. */
    public Database(String jdbcUrl, String user, String password) {
        this(DatabaseConfig.of(jdbcUrl, user, password));
    }

    /**
     * Opens the pool and migrates the schema.
     *
     * @throws DatabaseUnavailableException when the database cannot be reached or migrated
     */
    public Database(DatabaseConfig config) {
        migrate(config);
        this.dataSource = pool(config);
        this.transactions = new SpringTransactions(dataSource);
    }

    /** The pooled data source every store of this module is built on. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Transactions (READ COMMITTED) on {@link #dataSource()}. */
    public Transactions transactions() {
        return transactions;
    }

    /** Closes every pooled connection. */
    @Override
    public void close() {
        dataSource.close();
    }

    private static HikariDataSource pool(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("amparo-db");
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setAutoCommit(true);
        if (config.schema() != null) {
            hikari.setSchema(config.schema());
        }
        if (config.h2()) {
            hikari.setConnectionInitSql("SET LOCK_TIMEOUT " + H2_LOCK_TIMEOUT_MILLIS);
        }
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException("cannot open a connection pool to " + config.jdbcUrl(), e);
        }
    }

    /**
     * Migrates before the pool opens, on connections of its own, because the pool's connections
     * enter the schema, which may not exist yet.
     */
    private static void migrate(DatabaseConfig config) {
        var flyway = Flyway.configure()
                .dataSource(config.jdbcUrl(), config.user(), config.password())
                .locations("classpath:db/migration");
        String schema = config.schema();
        if (schema != null) {
            flyway = flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        try {
            flyway.load().migrate();
        } catch (FlywayException e) {
            throw new DatabaseUnavailableException("cannot migrate the database at " + config.jdbcUrl(), e);
        }
    }
}
