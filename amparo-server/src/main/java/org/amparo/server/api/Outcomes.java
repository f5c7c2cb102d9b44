package org.amparo.server.api;

import java.util.List;
import org.amparo.core.engine.Outcome;
import org.springframework.http.HttpStatus;

/** Unwraps core {@link Outcome}s at the HTTP edge: the value, or a {@link RefusedException}. */
public final class Outcomes {
    private Outcomes() {}

    public static <T> T value(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Done<T> done -> done.value();
            case Outcome.Invalid<T> invalid ->
                throw new RefusedException(
                        HttpStatus.BAD_REQUEST, "invalid-request", summary(invalid.violations()), invalid.violations());
            case Outcome.Forbidden<T> f ->
                throw new RefusedException(HttpStatus.FORBIDDEN, "refused", f.reason(), List.of());
            case Outcome.NotFound<T> n ->
                throw new RefusedException(HttpStatus.NOT_FOUND, "not-found", n.what() + " does not exist", List.of());
            case Outcome.Conflict<T> c ->
                throw new RefusedException(HttpStatus.CONFLICT, "conflict", c.reason(), List.of());
        };
    }

    private static String summary(List<Outcome.Violation> violations) {
        return String.join(
                "; ",
                violations.stream().map(v -> v.field() + ": " + v.message()).toList());
    }
}
