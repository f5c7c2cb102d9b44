package org.amparo.server.api;

import java.util.List;
import java.util.Map;
import org.amparo.core.engine.Outcome;
import org.amparo.core.legal.ForbiddenAttributes;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure at the API edge into an RFC 9457 problem with the right status and the
 * correlation id. Unexpected errors are logged with that id and answered with a generic 500: no
 * stack trace, no internal message ever reaches the client.
 */
@RestControllerAdvice(basePackages = "org.amparo.server.api")
public class ApiProblems {
    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    /** Unknown fields that deserve a specific explanation rather than "unknown field". */
    private static final Map<String, String> EXPLAINED = Map.of(
            "subjectIds", "an authorization names exactly one subject: groups are refused (CHARTER section 2)",
            "subjects", "an authorization names exactly one subject: groups are refused (CHARTER section 2)",
            "group", "an authorization names exactly one subject: groups are refused (CHARTER section 2)");

    @ExceptionHandler(RefusedException.class)
    ResponseEntity<ProblemDetail> refused(RefusedException e) {
        ProblemDetail problem = ProblemWriter.problem(e.status(), e.slug(), String.valueOf(e.getMessage()));
        if (!e.violations().isEmpty()) {
            problem.setProperty("violations", e.violations());
        }
        return respond(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String name = unknown.getPropertyName();
            String message = ForbiddenAttributes.isForbidden(name)
                    ? "'" + name + "' is a forbidden attribute: Amparo never stores sensitive categories or "
                            + "demographic groups of people (CHARTER section 2)"
                    : EXPLAINED.getOrDefault(name, "unknown field '" + name + "': it is refused and not stored");
            return violation(name, message);
        }
        if (cause instanceof DatabindException mapping) {
            String path = path(mapping);
            return violation(path, "invalid value: " + firstLine(mapping.getOriginalMessage()));
        }
        if (cause instanceof JacksonException parsing) {
            return violation("body", "malformed JSON: " + firstLine(parsing.getOriginalMessage()));
        }
        return violation("body", "the request body is missing or unreadable");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return violation(e.getName(), "invalid value");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return violation(e.getParameterName(), "required");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        List<String> supported =
                e.getSupportedMediaTypes().stream().map(MediaType::toString).toList();
        return respond(ProblemWriter.problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "send " + (supported.isEmpty() ? "application/json" : String.join(" or ", supported))));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        return violation(e.getRequestPartName(), "required");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(MultipartException e) {
        return violation("body", "send multipart/form-data");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return respond(ProblemWriter.problem(
                HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", e.getMethod() + " is not supported here"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return respond(ProblemWriter.problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "the upload is too large"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return respond(ProblemWriter.problem(HttpStatus.NOT_FOUND, "not-found", "no such resource"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        LOG.error("request failed", e);
        return respond(ProblemWriter.problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "the server failed; quote the correlation id to the administrator"));
    }

    private static ResponseEntity<ProblemDetail> violation(String field, String message) {
        ProblemDetail problem =
                ProblemWriter.problem(HttpStatus.BAD_REQUEST, "invalid-request", field + ": " + message);
        problem.setProperty("violations", List.of(new Outcome.Violation(field, message)));
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
