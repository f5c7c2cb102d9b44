package org.amparo.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh schemas on the machine's real PostgreSQL (127.0.0.1:5432, database {@code test}). When it
 * cannot be reached the test is skipped with a message, except under {@code CI=true}, where it fails.
 */
public final class PostgresSchemas {
    public static final String BASE_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String USER = "postgres";

    private PostgresSchemas() {}

    /** Creates a new empty schema and returns a JDBC URL whose default schema it is. */
    public static String freshSchemaUrl() {
        String schema = "it_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(BASE_URL, USER, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(
                        "PostgreSQL at " + BASE_URL + " is required under CI=true: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL at " + BASE_URL + " is not reachable; skipping: " + e.getMessage());
        }
        return BASE_URL + "?currentSchema=" + schema;
    }
}
