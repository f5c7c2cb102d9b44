package org.amparo.server.map;

import org.amparo.server.api.RefusedException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The live map's JSON routes answer a refusal as an RFC 9457 problem with its status, never a stack trace. */
@RestControllerAdvice(basePackageClasses = MapProblems.class)
class MapProblems {
    @ExceptionHandler(RefusedException.class)
    ResponseEntity<ProblemDetail> refused(RefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), String.valueOf(e.getMessage()));
        return ResponseEntity.status(e.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
