package org.amparo.store.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.amparo.core.access.Role;
import org.amparo.core.access.User;
import org.amparo.core.access.UserStore;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link UserStore} on {@code users} and {@code api_tokens}. Roles are kept as their names,
 * comma-separated; a token is kept only as the SHA-256 hex of its secret. Thread-safe.
 */
public final class JdbcUserStore implements UserStore {
    private static final String SELECT =
            "SELECT u.username, u.password_hash, u.roles, u.enabled, u.created_at, u.demo, u.password_change_required"
                    + " FROM users u";

    private final JdbcClient jdbc;

    public JdbcUserStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void insert(User user) {
        jdbc.sql("""
                        INSERT INTO users (username, password_hash, roles, enabled, created_at, demo,
                                           password_change_required)
                        VALUES (:username, :passwordHash, :roles, :enabled, :createdAt, :demo, :changeRequired)""")
                .param("username", user.username())
                .param("passwordHash", user.passwordHash())
                .param("roles", user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("enabled", user.enabled())
                .param("createdAt", Timestamps.param(user.createdAt()))
                .param("demo", user.demo())
                .param("changeRequired", user.passwordChangeRequired())
                .update();
    }

    @Override
    public boolean changePassword(String username, String expectedHash, String newHash, Instant at) {
        return jdbc.sql("""
                        UPDATE users SET password_hash = :newHash, password_change_required = FALSE,
                                         password_changed_at = :at
                        WHERE username = :username AND password_hash = :expectedHash""")
                        .param("newHash", newHash)
                        .param("at", Timestamps.param(at))
                        .param("username", username)
                        .param("expectedHash", expectedHash)
                        .update()
                == 1;
    }

    @Override
    public boolean resetPassword(String username, String newHash, Instant at) {
        return jdbc.sql("""
                        UPDATE users SET password_hash = :newHash, password_change_required = TRUE,
                                         password_changed_at = :at
                        WHERE username = :username""")
                        .param("newHash", newHash)
                        .param("at", Timestamps.param(at))
                        .param("username", username)
                        .update()
                == 1;
    }

    @Override
    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("UPDATE users SET enabled = :enabled WHERE username = :username")
                        .param("enabled", enabled)
                        .param("username", username)
                        .update()
                == 1;
    }

    @Override
    public Optional<User> find(String username) {
        return jdbc.sql(SELECT + " WHERE u.username = :username")
                .param("username", username)
                .query(JdbcUserStore::user)
                .optional();
    }

    /** Every user, by username. */
    @Override
    public List<User> all() {
        return jdbc.sql(SELECT + " ORDER BY u.username")
                .query(JdbcUserStore::user)
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    @Override
    public void insertToken(String username, String name, String tokenSha256, Instant createdAt, Instant expiresAt) {
        if (!tokenSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a token is stored as the lower-case hex of its SHA-256");
        }
        jdbc.sql("""
                        INSERT INTO api_tokens (token_sha256, username, name, created_at, expires_at)
                        VALUES (:hash, :username, :name, :createdAt, :expiresAt)""")
                .param("hash", tokenSha256)
                .param("username", username)
                .param("name", name)
                .param("createdAt", Timestamps.param(createdAt))
                .param("expiresAt", Timestamps.param(expiresAt))
                .update();
    }

    /** The owner of the token when it expires after {@code now}; disabled owners are returned too. */
    @Override
    public Optional<User> findByToken(String tokenSha256, Instant now) {
        return jdbc.sql(SELECT + " JOIN api_tokens t ON t.username = u.username"
                        + " WHERE t.token_sha256 = :hash AND t.expires_at > :now")
                .param("hash", tokenSha256)
                .param("now", Timestamps.param(now))
                .query(JdbcUserStore::user)
                .optional();
    }

    private static User user(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(",")).map(Role::valueOf).forEach(roles::add);
        return new User(
                rs.getString("username"),
                rs.getString("password_hash"),
                roles,
                rs.getBoolean("enabled"),
                Timestamps.read(rs, "created_at"),
                rs.getBoolean("demo"),
                rs.getBoolean("password_change_required"));
    }
}
