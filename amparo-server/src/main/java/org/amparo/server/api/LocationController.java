package org.amparo.server.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.amparo.core.ingest.DecodeResult;
import org.amparo.core.ingest.rest.LocationBatchDecoder;
import org.amparo.core.location.IngestReport;
import org.amparo.core.location.LocationIngestService;
import org.amparo.core.location.StoredFix;
import org.amparo.server.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The REST batch ingest for integrations, and a subject's track (justified and audited). */
@RestController
public class LocationController {
    private final LocationIngestService ingest;
    private final SubjectTracks tracks;
    private final Clock clock;
    private final LocationBatchDecoder decoder = new LocationBatchDecoder();

    public LocationController(LocationIngestService ingest, SubjectTracks tracks, Clock clock) {
        this.ingest = ingest;
        this.tracks = tracks;
        this.clock = clock;
    }

    /** A JSON array of fixes; all-or-nothing validation, then each fix checked and kept or counted. */
    @PostMapping(path = "/api/v1/locations", consumes = "application/json")
    IngestReport batch(@RequestBody byte[] body) {
        return switch (decoder.decode(body)) {
            case DecodeResult.Decoded decoded -> ingest.ingest(decoded.fixes());
            case DecodeResult.Rejected rejected ->
                throw new RefusedException(
                        HttpStatus.BAD_REQUEST,
                        "invalid-request",
                        rejected.reason() + ": " + rejected.detail(),
                        rejected.elements().stream()
                                .map(e -> new org.amparo.core.engine.Outcome.Violation(
                                        "[" + e.index() + "]", e.reason() + ": " + e.detail()))
                                .toList());
        };
    }

    /** A track, one fix per point, oldest first; needs a justification and is audited with it. */
    @GetMapping("/api/v1/subjects/{id}/track")
    List<Map<String, Object>> track(
            @PathVariable String id,
            @RequestParam(name = "from", required = false) @Nullable Instant from,
            @RequestParam(name = "to", required = false) @Nullable Instant to,
            @RequestParam(name = "justification", required = false) @Nullable String justification,
            @RequestHeader(name = "X-Justification", required = false) @Nullable String headerJustification,
            Authentication auth) {
        String why = headerJustification != null ? headerJustification : justification;
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(Duration.ofDays(1)) : from;
        List<StoredFix> track = tracks.read(CurrentActor.of(auth), Ids.subject(id), start, end, why);
        return track.stream().map(LocationController::view).toList();
    }

    private static Map<String, Object> view(StoredFix f) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("at", f.at().toString());
        out.put("lat", f.position().latitude());
        out.put("lon", f.position().longitude());
        out.put("accuracyMeters", f.readings().accuracyMeters());
        out.put("speedMetersPerSecond", f.readings().speedMetersPerSecond());
        out.put("batteryPercent", f.readings().batteryPercent());
        out.put("source", f.source().name());
        out.put("authorizationId", String.valueOf(f.authorization()));
        return out;
    }
}
