package org.amparo.server.api;

import org.amparo.core.face.EvidenceExport;
import org.amparo.core.face.EvidenceService;
import org.amparo.core.face.FaceMatchId;
import org.amparo.server.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evidence export for a court: the face match's probe crop and enrolled photo with a manifest of
 * their SHA-256 hashes signed with Ed25519, as a ZIP. A justified read (the {@code X-Justification}
 * header or {@code ?justification=}), audited by the core.
 */
@RestController
public class EvidenceController {
    private final EvidenceService evidence;

    public EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    /** The export bundle of the face match {@code id}. */
    @GetMapping(path = "/api/v1/evidence/{id}/export", produces = "application/zip")
    ResponseEntity<byte[]> export(
            @PathVariable String id,
            @RequestParam(name = "justification", required = false) @Nullable String justification,
            @RequestHeader(name = "X-Justification", required = false) @Nullable String header,
            Authentication auth) {
        String why = header != null ? header : justification;
        EvidenceExport export =
                Outcomes.value(evidence.export(CurrentActor.of(auth), match(id), why == null ? "" : why));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(export.fileName())
                                .build()
                                .toString())
                .body(export.zip());
    }

    static FaceMatchId match(String text) {
        try {
            return FaceMatchId.parse(text);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("id", "not a face match id");
        }
    }
}
