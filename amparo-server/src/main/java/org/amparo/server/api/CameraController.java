package org.amparo.server.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.camera.Camera;
import org.amparo.core.camera.CameraId;
import org.amparo.core.camera.CameraService;
import org.amparo.core.camera.NewCamera;
import org.amparo.core.face.FaceSettings;
import org.amparo.core.face.FrameReport;
import org.amparo.core.geo.GeoPoint;
import org.amparo.server.camera.CameraAuthenticator;
import org.amparo.server.camera.CameraHealth;
import org.amparo.server.camera.CameraPullers;
import org.amparo.server.events.FaceMatchEvents;
import org.amparo.server.face.CameraSessions;
import org.amparo.server.security.ApiTokens;
import org.amparo.server.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The camera registry and frame ingest. Frames are matched at once and dropped: the answer holds
 * counts only; faces that matched nobody leave no trace (CHARTER section 3).
 */
@RestController
@RequestMapping("/api/v1/cameras")
public class CameraController {
    /** Largest frame, in bytes. */
    static final int MAX_FRAME_BYTES = FaceSettings.defaults().maxPhotoBytes();

    private final CameraService cameras;
    private final CameraSessions sessions;
    private final FaceMatchEvents events;
    private final CameraAuthenticator tokens;
    private final CameraPullers pullers;

    public CameraController(
            CameraService cameras,
            CameraSessions sessions,
            FaceMatchEvents events,
            CameraAuthenticator tokens,
            CameraPullers pullers) {
        this.cameras = cameras;
        this.sessions = sessions;
        this.events = events;
        this.tokens = tokens;
        this.pullers = pullers;
    }

    /** A camera to register; unknown fields are refused. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record NewCameraBody(
            @Nullable String name,
            @Nullable Double lat,
            @Nullable Double lon,
            @Nullable String province,
            @Nullable String sourceUrl) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@RequestBody NewCameraBody body, Authentication auth) {
        if (body.lat() == null || body.lon() == null) {
            throw RefusedException.invalid(body.lat() == null ? "lat" : "lon", "required");
        }
        GeoPoint position;
        try {
            position = new GeoPoint(body.lat(), body.lon());
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("lat/lon", "a WGS 84 position: latitude -90..90, longitude -180..180");
        }
        String token = CameraAuthenticator.newToken();
        Camera camera = Outcomes.value(cameras.create(
                CurrentActor.of(auth),
                new NewCamera(
                        body.name() == null ? "" : body.name(),
                        position,
                        body.province() == null ? "" : body.province(),
                        body.sourceUrl()),
                ApiTokens.sha256(token)));
        pullers.sync();
        Map<String, Object> view = view(camera);
        // shown once: only its SHA-256 is stored
        view.put("token", token);
        return ResponseEntity.created(URI.create("/api/v1/cameras/" + camera.id()))
                .body(view);
    }

    @GetMapping
    List<Map<String, Object>> list(Authentication auth) {
        return Outcomes.value(cameras.list(CurrentActor.of(auth))).stream()
                .map(c -> {
                    Map<String, Object> view = view(c);
                    pullers.health(c.id()).ifPresent(h -> view.put("ingest", health(h)));
                    return view;
                })
                .toList();
    }

    /**
     * One frame (JPEG or PNG body) of a camera, matched now: 202 with the counts. Sent by the camera itself with
     * its own token in {@value CameraAuthenticator#HEADER}, or by a logged-in administrator.
     */
    @PostMapping("/{id}/frames")
    ResponseEntity<Map<String, Object>> frame(
            @PathVariable String id,
            HttpServletRequest request,
            @RequestHeader(name = CameraAuthenticator.HEADER, required = false) @Nullable String cameraToken,
            @Nullable Authentication auth)
            throws IOException {
        CameraId camera = camera(id);
        Actor actor = uploader(camera, cameraToken, auth);
        if (!isImage(request.getContentType())) {
            throw new RefusedException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-media-type",
                    "send the frame as image/jpeg or image/png",
                    List.of());
        }
        byte[] frame = read(request);
        FrameReport report = Outcomes.value(sessions.frame(actor, camera, frame));
        events.created(report.created());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("faces", report.faces());
        view.put("matches", report.matches());
        view.put("unmatched", report.unmatched());
        view.put("droppedOutOfScope", report.droppedCount());
        view.put("matchIds", report.created().stream().map(Object::toString).toList());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(view);
    }

    /** The camera itself (its token) or a logged-in administrator; a 401 or 403 problem otherwise. */
    private Actor uploader(CameraId camera, @Nullable String cameraToken, @Nullable Authentication auth) {
        if (cameraToken != null) {
            if (!tokens.verify(camera, cameraToken)) {
                throw new RefusedException(
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        "the " + CameraAuthenticator.HEADER + " is not this camera's token",
                        List.of());
            }
            return CameraAuthenticator.actor(camera);
        }
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw new RefusedException(
                    HttpStatus.UNAUTHORIZED,
                    "unauthenticated",
                    "send the camera's token in " + CameraAuthenticator.HEADER + " or log in as an administrator",
                    List.of());
        }
        Actor actor = CurrentActor.of(auth);
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new RefusedException(
                    HttpStatus.FORBIDDEN,
                    "forbidden-role",
                    "only the camera itself or an administrator posts its frames",
                    List.of());
        }
        return actor;
    }

    static Map<String, Object> health(CameraHealth h) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("state", h.state().name());
        view.put("source", h.source());
        view.put("framesIn", h.framesIn());
        view.put("framesOut", h.framesOut());
        view.put("framesDropped", h.framesDropped());
        view.put("framesRefused", h.framesRefused());
        view.put("matches", h.matches());
        view.put("restarts", h.restarts());
        view.put("lastFrameAt", h.lastFrameAt() == null ? null : h.lastFrameAt().toString());
        view.put("lastError", h.lastError());
        return view;
    }

    private static boolean isImage(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.IMAGE_JPEG) || type.isCompatibleWith(MediaType.IMAGE_PNG);
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            return false;
        }
    }

    /** Reads the body, refusing more than {@link #MAX_FRAME_BYTES} without reading it all. */
    private static byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_FRAME_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] frame = in.readNBytes(MAX_FRAME_BYTES + 1);
            if (frame.length > MAX_FRAME_BYTES) {
                throw tooLarge();
            }
            if (frame.length == 0) {
                throw RefusedException.invalid("body", "an image/jpeg or image/png frame is required");
            }
            return frame;
        }
    }

    private static RefusedException tooLarge() {
        return new RefusedException(
                HttpStatus.CONTENT_TOO_LARGE,
                "too-large",
                "a frame may have at most " + MAX_FRAME_BYTES + " bytes",
                List.of());
    }

    static CameraId camera(String text) {
        try {
            return CameraId.parse(text);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("id", "not a camera id");
        }
    }

    static Map<String, Object> view(Camera c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", c.id().toString());
        view.put("name", c.name());
        view.put("lat", c.position().latitude());
        view.put("lon", c.position().longitude());
        view.put("province", c.province());
        // the source URL is left out: stream URLs often carry the camera's credentials
        view.put("enabled", c.enabled());
        view.put("createdAt", c.createdAt().toString());
        return view;
    }
}
