package org.amparo.core.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence of users and their API tokens. Thread-safe. */
public interface UserStore {
    void insert(User user);

    Optional<User> find(String username);

    List<User> all();

    long count();

    /**
     * Replaces the password hash, when the stored one is still {@code expectedHash} (a concurrent change wins
     * once), and clears {@link User#passwordChangeRequired}.
     *
     * @return false when the user is unknown or the stored hash differs
     */
    boolean changePassword(String username, String expectedHash, String newHash, Instant at);

    /**
     * Sets a password someone else chose (an administrator's reset): its user must change it at the next sign-in.
     *
     * @return false when the user is unknown
     */
    boolean resetPassword(String username, String newHash, Instant at);

    /**
     * Lets the account sign in, or not; a disabled account keeps its records and audit history.
     *
     * @return false when the user is unknown
     */
    boolean setEnabled(String username, boolean enabled);

    /** Stores an API token by the SHA-256 hex of its secret; the secret itself is never stored. */
    void insertToken(String username, String name, String tokenSha256, Instant createdAt, Instant expiresAt);

    /** The user owning an unexpired token with that hash. */
    Optional<User> findByToken(String tokenSha256, Instant now);
}
