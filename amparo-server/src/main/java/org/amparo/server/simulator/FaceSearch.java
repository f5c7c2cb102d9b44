package org.amparo.server.simulator;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.random.RandomGenerator;
import org.amparo.core.geo.GeoPoint;
import org.amparo.server.simulator.SimCounters.Count;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * A missing-person face search: demo cameras across the three cities (registered through the API; their
 * tokens kept in memory only), a missing person under an approved FACE authorization covering them, two of
 * their photos enrolled from {@code <data-dir>/faces}. The cameras upload frames every {@link #FRAME_EVERY}
 * of simulated time: mostly other people, whom the server drops in memory, and now and then another photo of
 * the missing person, which becomes a FACE_MATCH awaiting two confirmations. At most {@value #IN_FLIGHT} frames
 * are in flight; a frame due while they are busy is skipped and counted.
 */
final class FaceSearch implements Scenario {
    private static final Logger LOG = LoggerFactory.getLogger(FaceSearch.class);
    static final Duration FRAME_EVERY = Duration.ofSeconds(45);
    static final int IN_FLIGHT = 2;
    private static final double MISSING_SHARE = 0.05;

    /** A registered camera; {@code token} null for one registered by an earlier run (then uploaded as admin). */
    private record Cam(String id, @Nullable String token, Instant[] next) {}

    private final LoopbackClient http;
    private final Cases cases;
    private final SimCounters counters;
    private final RandomGenerator random;
    private final Path faces;
    private final int cameraCount;
    private final String run;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final List<Cam> cameras = new ArrayList<>();
    private final List<Path> missing = new ArrayList<>();
    private final List<Path> others = new ArrayList<>();
    private boolean running;
    private boolean firstShown;

    FaceSearch(
            LoopbackClient http,
            Cases cases,
            SimCounters counters,
            RandomGenerator random,
            Path dataDir,
            int cameraCount,
            String run) {
        this.http = http;
        this.cases = cases;
        this.counters = counters;
        this.random = random;
        this.faces = dataDir.resolve("faces");
        this.cameraCount = cameraCount;
        this.run = run;
    }

    @Override
    public void setUp(Instant simNow) {
        if (cameraCount == 0) {
            return;
        }
        Map<String, List<Path>> byIdentity = manifest();
        if (byIdentity.isEmpty()) {
            LOG.warn(
                    "demo simulator: no face photos under {} (faces/manifest.csv); the face-search scenario is off",
                    faces);
            return;
        }
        List<List<Path>> candidates =
                byIdentity.values().stream().filter(p -> p.size() >= 4).limit(5).toList();
        if (candidates.isEmpty()) {
            LOG.warn("demo simulator: no identity with 4 photos under {}; the face-search scenario is off", faces);
            return;
        }
        registerCameras(simNow);
        List<String> ids = cameras.stream().map(Cam::id).toList();
        String subject = cases.subject("DEMO Persona desaparecida " + run, "MISSING_PERSON")
                .orElse(null);
        String auth = subject == null
                ? null
                : cases.approvedAuthorization(
                                subject,
                                "VICTIM_OR_MISSING_PERSON_SEARCH",
                                "FACE",
                                ids,
                                "DEMO: missing minor, live search on the demo cameras, proportionate")
                        .orElse(null);
        // the first person whose two photos enrol (a photo without a usable face is refused)
        List<Path> person = subject == null || auth == null
                ? null
                : candidates.stream()
                        .filter(p -> enrol(subject, auth, p.subList(0, 2)))
                        .findFirst()
                        .orElse(null);
        if (person == null) {
            LOG.warn("demo simulator: the face-search scenario could not be set up; it is off");
            return;
        }
        for (List<Path> photos : byIdentity.values()) {
            if (photos != person && others.size() < 200) {
                others.add(photos.getFirst());
            }
        }
        missing.addAll(person.subList(2, person.size()));
        running = true;
    }

    private Map<String, List<Path>> manifest() {
        Map<String, List<Path>> byIdentity = new LinkedHashMap<>();
        Path manifest = faces.resolve("manifest.csv");
        if (!Files.isRegularFile(manifest)) {
            return byIdentity;
        }
        try {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                String[] cells = line.split(",", -1);
                if (cells.length < 2 || cells[0].equals("file")) {
                    continue;
                }
                Path file = faces.resolve(cells[0]);
                if (Files.isRegularFile(file)) {
                    byIdentity.computeIfAbsent(cells[1], k -> new ArrayList<>()).add(file);
                }
            }
        } catch (IOException e) {
            LOG.warn("demo simulator: cannot read {}: {}", manifest, e.getMessage());
        }
        return byIdentity;
    }

    private void registerCameras(Instant simNow) {
        Map<String, String> existing = new LinkedHashMap<>();
        LoopbackClient.Reply listed = http.get("admin", "/api/v1/cameras");
        if (listed.ok()) {
            for (JsonNode camera : listed.json()) {
                existing.put(camera.path("name").asString(""), camera.path("id").asString(""));
            }
        }
        for (int i = 0; i < cameraCount; i++) {
            City city = City.ofIndex(i * 7);
            String name = "DEMO Cámara " + city.label() + " " + (i + 1);
            Instant first = simNow.plusSeconds(i == 0 ? 60 : 20 + random.nextInt((int) FRAME_EVERY.toSeconds()));
            String id = existing.get(name);
            if (id != null) {
                cameras.add(new Cam(id, null, new Instant[] {first}));
                continue;
            }
            GeoPoint at = city.randomPoint(random);
            Map<String, Object> body =
                    Map.of("name", name, "lat", at.latitude(), "lon", at.longitude(), "province", province(city));
            LoopbackClient.Reply created = http.post("admin", "/api/v1/cameras", body);
            if (created.ok()) {
                cameras.add(new Cam(created.text("id"), created.text("token"), new Instant[] {first}));
            }
        }
    }

    private static String province(City city) {
        return switch (city) {
            case QUITO -> "Pichincha";
            case GUAYAQUIL -> "Guayas";
            case CUENCA -> "Azuay";
        };
    }

    private boolean enrol(String subject, String auth, List<Path> photos) {
        String boundary = "amparo-demo-" + Long.toHexString(random.nextLong());
        try {
            List<byte[]> parts = new ArrayList<>();
            parts.add(field(boundary, "subjectId", subject));
            parts.add(field(boundary, "authorizationId", auth));
            for (Path photo : photos) {
                String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\""
                        + photo.getFileName() + "\"\r\nContent-Type: image/jpeg\r\n\r\n";
                parts.add(head.getBytes(StandardCharsets.UTF_8));
                parts.add(Files.readAllBytes(photo));
                parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest.Builder request = http.api(Cases.INVESTIGATOR, "/api/v1/watchlist/entries")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArrays(parts));
            return http.send(request, "POST /api/v1/watchlist/entries").ok();
        } catch (IOException e) {
            LOG.warn("demo simulator: cannot read a face photo: {}", e.getMessage());
            return false;
        }
    }

    private static byte[] field(String boundary, String name, String value) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void tick(Tick tick, Reporter reporter, List<Reporter.Fix> batch) {
        if (!running) {
            return;
        }
        for (Cam cam : cameras) {
            if (cam.next()[0].isAfter(tick.simNow())) {
                continue;
            }
            cam.next()[0] = tick.simNow().plus(FRAME_EVERY);
            if (!inFlight.tryAcquire()) {
                counters.add(Count.FRAMES_SKIPPED);
                continue;
            }
            boolean showMissing = !firstShown || random.nextDouble() < MISSING_SHARE;
            firstShown = true;
            List<Path> pool = showMissing || others.isEmpty() ? missing : others;
            upload(cam, pool.get(random.nextInt(pool.size())));
        }
    }

    private void upload(Cam cam, Path photo) {
        byte[] frame;
        try {
            frame = Files.readAllBytes(photo);
        } catch (IOException e) {
            inFlight.release();
            return;
        }
        String path = "/api/v1/cameras/" + cam.id() + "/frames";
        String token = cam.token();
        // the camera itself sends with its token; a camera of an earlier run (token gone) is fed by the admin
        HttpRequest.Builder request =
                token == null ? http.api("admin", path) : http.anonymous(path).header("X-Amparo-Camera-Token", token);
        request.header("Content-Type", "image/jpeg").POST(HttpRequest.BodyPublishers.ofByteArray(frame));
        http.sendAsync(request, "POST camera frame").whenComplete((reply, error) -> {
            inFlight.release();
            if (reply != null && reply.ok()) {
                counters.add(Count.FRAMES);
                counters.add(Count.FACE_MATCHES, reply.json().path("matches").asLong(0));
            }
        });
    }

    @Override
    public List<View> views() {
        return List.of(new View("demo.scenario.faceSearch", running, "/face-matches"));
    }
}
