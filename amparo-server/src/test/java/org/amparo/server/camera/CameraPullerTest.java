package org.amparo.server.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.amparo.core.camera.CameraId;
import org.amparo.core.engine.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A puller against a real ffmpeg and a loopback camera, without the application around it. */
class CameraPullerTest {
    private static final CameraId CAMERA = new CameraId(UUID.randomUUID());

    @BeforeAll
    static void ffmpeg() {
        LocalCameraServer.requireFfmpeg();
    }

    static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 120; y++) {
            for (int x = 0; x < 160; x++) {
                image.setRGB(x, y, (x * 3) << 16 | (y * 2) << 8 | 90);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    static PullSettings settings(double fps, int queue) {
        return new PullSettings(
                true,
                "ffmpeg",
                fps,
                queue,
                1 << 20,
                Duration.ofMillis(200),
                Duration.ofSeconds(1),
                Duration.ofSeconds(5));
    }

    @Test
    void mjpegAndSnapshotFramesArriveAndStoppingDestroysFfmpeg() throws Exception {
        byte[] jpeg = jpeg();
        try (LocalCameraServer camera = new LocalCameraServer(jpeg)) {
            for (String path : List.of("/stream.mjpg", "/snapshot.jpg")) {
                List<byte[]> matched = new CopyOnWriteArrayList<>();
                CameraPuller puller = new CameraPuller(
                        CAMERA,
                        camera.url(path),
                        settings(4, 2),
                        (id, frame) -> {
                            matched.add(frame);
                            return new Outcome.Done<>(0);
                        },
                        Clock.systemUTC());
                puller.start();
                try {
                    await(() -> puller.health().framesOut() >= 3, path + " frames");
                    CameraHealth health = puller.health();
                    assertThat(health.state()).isEqualTo(CameraHealth.State.RUNNING);
                    assertThat(health.framesIn()).isGreaterThanOrEqualTo(health.framesOut());
                    assertThat(health.lastFrameAt()).isNotNull();
                    assertThat(health.source()).isEqualTo("http://127.0.0.1:" + camera.port() + path);
                    assertThat(matched.getFirst()[0] & 0xFF).isEqualTo(0xFF);
                    assertThat(matched.getFirst()[1] & 0xFF).isEqualTo(0xD8);
                    assertThat(ImageIO.read(new java.io.ByteArrayInputStream(matched.getFirst())))
                            .isNotNull();
                } finally {
                    puller.close();
                }
                assertThat(puller.health().state()).isEqualTo(CameraHealth.State.STOPPED);
                assertThat(ffmpegChildren(camera.port()))
                        .as("no ffmpeg left running")
                        .isEmpty();
            }
        }
    }

    @Test
    void aSlowMatcherDropsTheOldestFramesAndCountsThem() throws Exception {
        try (LocalCameraServer camera = new LocalCameraServer(jpeg())) {
            CameraPuller puller = new CameraPuller(
                    CAMERA,
                    camera.url("/stream.mjpg"),
                    settings(10, 1),
                    (id, frame) -> {
                        try {
                            Thread.sleep(1_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return new Outcome.Done<>(0);
                    },
                    Clock.systemUTC());
            puller.start();
            try {
                await(() -> puller.health().framesDropped() >= 2, "dropped frames");
                CameraHealth health = puller.health();
                assertThat(health.framesIn()).isGreaterThan(health.framesOut() + health.framesDropped() - 2);
            } finally {
                puller.close();
            }
            assertThat(ffmpegChildren(camera.port())).isEmpty();
        }
    }

    @Test
    void anUnreachableSourceIsRetriedWithBackoffAndItsCredentialsNeverShow() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://viewer:s3cret-pass@127.0.0.1:" + closedPort + "/stream.mjpg?key=t0ken";
        CameraPuller puller =
                new CameraPuller(CAMERA, url, settings(2, 2), (id, frame) -> new Outcome.Done<>(0), Clock.systemUTC());
        puller.start();
        try {
            await(() -> puller.health().restarts() >= 2, "restarts");
            CameraHealth health = puller.health();
            assertThat(health.state()).isEqualTo(CameraHealth.State.RECONNECTING);
            assertThat(health.lastError()).isNotBlank();
            assertThat(health.toString()).doesNotContain("s3cret").doesNotContain("t0ken");
        } finally {
            puller.close();
        }
    }

    @Test
    void aMissingFfmpegIsReportedAndRetried() throws Exception {
        PullSettings missing = new PullSettings(
                true,
                "/nonexistent/ffmpeg",
                1,
                2,
                1 << 20,
                Duration.ofMillis(100),
                Duration.ofMillis(200),
                Duration.ofSeconds(5));
        CameraPuller puller = new CameraPuller(
                CAMERA, "rtsp://u:pw@127.0.0.1:1/s", missing, (id, frame) -> new Outcome.Done<>(0), Clock.systemUTC());
        puller.start();
        try {
            await(() -> puller.health().restarts() >= 1, "restarts");
            assertThat(puller.health().lastError())
                    .startsWith("cannot start ffmpeg")
                    .doesNotContain("pw@");
        } finally {
            puller.close();
        }
    }

    static List<ProcessHandle> ffmpegChildren(int port) {
        return ProcessHandle.current()
                .descendants()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info()
                        .arguments()
                        .map(a -> String.join(" ", a))
                        .orElse("")
                        .contains(":" + port + "/"))
                .toList();
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
