package org.amparo.core.engine;

import java.util.List;

/**
 * The expected result of an operation on behalf of a user: done, or refused for a stated reason.
 * Refusals are values, not exceptions; the HTTP edge maps each kind to its status code.
 *
 * @param <T> the value of a successful operation
 */
public sealed interface Outcome<T> {

    /** The operation happened. */
    record Done<T>(T value) implements Outcome<T> {}

    /** The input breaks a rule of the data (HTTP 400). */
    record Invalid<T>(List<Violation> violations) implements Outcome<T> {
        public Invalid {
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid outcome names at least one violation");
            }
            violations = List.copyOf(violations);
        }
    }

    /** The actor may not do this (HTTP 403). */
    record Forbidden<T>(String reason) implements Outcome<T> {}

    /** The object does not exist (HTTP 404). */
    record NotFound<T>(String what) implements Outcome<T> {}

    /** The object's state does not allow this (HTTP 409). */
    record Conflict<T>(String reason) implements Outcome<T> {}

    /** One broken rule: the field (JSON path) and what is wrong with it. */
    record Violation(String field, String message) {}

    static <T> Outcome<T> invalid(String field, String message) {
        return new Invalid<>(List.of(new Violation(field, message)));
    }

    /** The value when done; otherwise an {@link IllegalStateException} naming the refusal. */
    default T orElseThrow() {
        if (this instanceof Done<T>(T value)) {
            return value;
        }
        throw new IllegalStateException("operation refused: " + this);
    }
}
