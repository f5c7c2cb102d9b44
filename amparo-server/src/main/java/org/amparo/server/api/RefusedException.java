package org.amparo.server.api;

import java.util.List;
import org.amparo.core.engine.Outcome;
import org.springframework.http.HttpStatus;

/** Carries a refused {@link Outcome} (or an edge validation failure) to the problem handler. */
public final class RefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String slug;
    private final transient List<Outcome.Violation> violations;

    public RefusedException(HttpStatus status, String slug, String detail, List<Outcome.Violation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.violations = List.copyOf(violations);
    }

    public static RefusedException invalid(String field, String message) {
        return new RefusedException(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                field + ": " + message,
                List.of(new Outcome.Violation(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public List<Outcome.Violation> violations() {
        return violations;
    }
}
