package org.amparo.server.api;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.core.face.WatchlistEntry;
import org.amparo.core.face.WatchlistService;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.server.security.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Watchlist enrolment from uploaded photos (never from camera captures): one subject under one
 * approved FACE authorization. Unusable photos are refused with their reasons, per photo.
 */
@RestController
@RequestMapping("/api/v1/watchlist/entries")
public class WatchlistController {
    private final WatchlistService watchlist;

    public WatchlistController(WatchlistService watchlist) {
        this.watchlist = watchlist;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> enrol(
            @RequestParam("subjectId") String subjectId,
            @RequestParam("authorizationId") String authorizationId,
            @RequestParam("photo") List<MultipartFile> photos,
            Authentication auth)
            throws IOException {
        AuthorizationId authorization;
        try {
            authorization = AuthorizationId.parse(authorizationId);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("authorizationId", "not an authorization id");
        }
        List<byte[]> bytes = new ArrayList<>();
        for (MultipartFile photo : photos) {
            bytes.add(photo.getBytes());
        }
        WatchlistEntry entry =
                Outcomes.value(watchlist.enrol(CurrentActor.of(auth), Ids.subject(subjectId), authorization, bytes));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", entry.id().toString());
        view.put("subjectId", entry.subjectId().toString());
        view.put("authorizationId", entry.authorizationId().toString());
        view.put("photos", entry.templates().size());
        view.put("enrolledAt", entry.enrolledAt().toString());
        return ResponseEntity.created(URI.create("/api/v1/watchlist/entries/" + entry.id()))
                .body(view);
    }
}
