package org.amparo.store;

import java.io.Serial;

/** The database could not be reached, opened or migrated: an infrastructure failure, not a rule. */
public final class DatabaseUnavailableException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
