package org.amparo.core.evidence;

/**
 * Stored sealed data failed its authentication tag or its SHA-256: it was altered, moved to another
 * record, or the key is wrong. Never carries the data itself.
 */
public final class IntegrityException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IntegrityException(String message, Throwable cause) {
        super(message, cause);
    }

    public IntegrityException(String message) {
        super(message);
    }
}
