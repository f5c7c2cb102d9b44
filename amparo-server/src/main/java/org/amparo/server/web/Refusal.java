package org.amparo.server.web;

import java.util.List;
import org.amparo.core.engine.Outcome;
import org.springframework.http.HttpStatus;

/**
 * A refused {@link Outcome} as a page shows it: the HTTP status the page answers with and the
 * messages it lists, each "field: message" for invalid input.
 */
record Refusal(HttpStatus status, List<String> messages) {
    Refusal {
        messages = List.copyOf(messages);
    }

    static Refusal invalid(List<Outcome.Violation> violations) {
        return new Refusal(
                HttpStatus.BAD_REQUEST,
                violations.stream().map(v -> v.field() + ": " + v.message()).toList());
    }

    static Refusal invalid(String field, String message) {
        return invalid(List.of(new Outcome.Violation(field, message)));
    }

    /** The refusal of a non-done outcome; a done outcome is a bug of the caller. */
    static Refusal of(Outcome<?> outcome) {
        return switch (outcome) {
            case Outcome.Done<?> done -> throw new IllegalArgumentException("not a refusal: " + done);
            case Outcome.Invalid<?> invalid -> invalid(invalid.violations());
            case Outcome.Forbidden<?> f -> new Refusal(HttpStatus.FORBIDDEN, List.of(f.reason()));
            case Outcome.NotFound<?> n -> new Refusal(HttpStatus.NOT_FOUND, List.of(n.what() + " does not exist"));
            case Outcome.Conflict<?> c -> new Refusal(HttpStatus.CONFLICT, List.of(c.reason()));
        };
    }
}
