package org.amparo.server.camera;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A camera on the loopback interface: {@code /snapshot.jpg} answers one JPEG, {@code /stream.mjpg} an endless
 * {@code multipart/x-mixed-replace} MJPEG stream of the same image, five per second. Test support.
 */
public final class LocalCameraServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;

    public LocalCameraServer(byte[] jpeg) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newFixedThreadPool(
                4, r -> Thread.ofPlatform().daemon().name("test-camera").unstarted(r));
        server.setExecutor(executor);
        server.createContext("/snapshot.jpg", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, jpeg.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jpeg);
            }
        });
        server.createContext("/stream.mjpg", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "multipart/x-mixed-replace; boundary=frame");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                while (!Thread.currentThread().isInterrupted()) {
                    out.write(("--frame\r\nContent-Type: image/jpeg\r\nContent-Length: " + jpeg.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(jpeg);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException e) {
                // the client went away, or the server stops
            }
        });
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** http://user:secret@127.0.0.1:port + path: credentials that must never show. */
    public String url(String path) {
        return "http://viewer:s3cret-pass@127.0.0.1:" + port() + path;
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(0);
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Skips without ffmpeg on the PATH; fails under {@code CI=true}, where .ci/run installs it. */
    public static void requireFfmpeg() {
        boolean present;
        try {
            Process p = new ProcessBuilder("ffmpeg", "-version")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            present = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            present = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            present = false;
        }
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("ffmpeg is required under CI=true (Debian package ffmpeg; .ci/run installs it)");
        }
        assumeTrue(present, "ffmpeg absent: install the Debian package ffmpeg");
    }
}
