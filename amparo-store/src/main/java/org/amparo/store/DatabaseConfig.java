package org.amparo.store;

import org.jspecify.annotations.Nullable;

/**
 * How to reach the database. Immutable.
 *
 * @param jdbcUrl the JDBC URL, e.g. {@code jdbc:h2:file:./data/amparo;AUTO_SERVER=FALSE} (embedded
 *     default) or {@code jdbc:postgresql://host:5432/amparo}
 * @param user the database user
 * @param password the database password (empty for trust authentication)
 * @param maxPoolSize the most pooled connections, at least 1
 * @param schema the schema that holds Amparo's tables and that Flyway creates when missing, or null
 *     for the connection's default schema
 */
public record DatabaseConfig(
        String jdbcUrl,
        String user,
        String password,
        int maxPoolSize,
        @Nullable String schema) {
    /** Connections a pool holds unless configured otherwise. */
    public static final int DEFAULT_MAX_POOL_SIZE = 10;

    public DatabaseConfig {
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("a JDBC URL starts with 'jdbc:'");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("the pool needs at least one connection");
        }
        if (schema != null && !schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("schema: lower-case letters, digits and '_', at most 63");
        }
    }

    /** The default pool size in the connection's default schema. */
    public static DatabaseConfig of(String jdbcUrl, String user, String password) {
        return new DatabaseConfig(jdbcUrl, user, password, DEFAULT_MAX_POOL_SIZE, null);
    }

    /** This configuration with Amparo's tables in {@code name}. */
    public DatabaseConfig withSchema(String name) {
        return new DatabaseConfig(jdbcUrl, user, password, maxPoolSize, name);
    }

    boolean h2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }
}
