package org.amparo.server.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.net.URI;
import java.time.Instant;
import org.amparo.core.legal.DataSubjectCategory;
import org.amparo.core.legal.Subject;
import org.amparo.core.legal.SubjectService;
import org.amparo.server.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Subjects: named individuals. Reads need a justification (header or parameter) and are audited. */
@RestController
@RequestMapping("/api/v1/subjects")
public class SubjectController {
    private final SubjectService subjects;

    public SubjectController(SubjectService subjects) {
        this.subjects = subjects;
    }

    /** Only these two fields are accepted; any other (sensitive or not) is refused with 400. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record NewSubject(
            @Nullable String name, @Nullable DataSubjectCategory category) {}

    public record SubjectView(
            String id, String name, DataSubjectCategory category, Instant createdAt, String createdBy, boolean demo) {
        static SubjectView of(Subject s) {
            return new SubjectView(s.id().toString(), s.name(), s.category(), s.createdAt(), s.createdBy(), s.demo());
        }
    }

    @PostMapping
    ResponseEntity<SubjectView> create(@RequestBody NewSubject body, Authentication auth) {
        if (body.name() == null) {
            throw RefusedException.invalid("name", "required");
        }
        if (body.category() == null) {
            throw RefusedException.invalid(
                    "category",
                    "required: one of SUSPECT, CONVICTED, VICTIM, WITNESS, MISSING_PERSON, EMERGENCY_CALLER, OFFICER");
        }
        Subject created = Outcomes.value(subjects.create(CurrentActor.of(auth), body.name(), body.category(), false));
        return ResponseEntity.created(URI.create("/api/v1/subjects/" + created.id()))
                .body(SubjectView.of(created));
    }

    @GetMapping("/{id}")
    SubjectView read(
            @PathVariable String id,
            @RequestHeader(name = "X-Justification", required = false) @Nullable String headerJustification,
            @RequestParam(name = "justification", required = false) @Nullable String paramJustification,
            Authentication auth) {
        String justification = headerJustification != null ? headerJustification : paramJustification;
        return SubjectView.of(Outcomes.value(subjects.read(CurrentActor.of(auth), Ids.subject(id), justification)));
    }
}
