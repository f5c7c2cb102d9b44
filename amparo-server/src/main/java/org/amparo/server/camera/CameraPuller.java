package org.amparo.server.camera;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.amparo.core.camera.CameraId;
import org.amparo.core.engine.Outcome;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls one camera's source through an {@code ffmpeg} subprocess (started directly, never through a shell):
 * ffmpeg reads the URL and writes JPEG images at the set rate to its standard output, which is split into
 * frames and handed through a {@link FrameQueue} (oldest dropped when full) to a matcher thread calling the
 * {@link FrameSink}. When ffmpeg ends after delivering frames (a snapshot source) it is run again at the next
 * pull time; when it ends with an error it is restarted after a doubling backoff. Frames are held in memory
 * only. The source URL's credentials never reach the health, the logs or the thread names. Thread-safe.
 */
public final class CameraPuller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CameraPuller.class);
    private static final int STDERR_LINES = 20;

    private final CameraId camera;
    private final String url;
    private final String shownUrl;
    private final PullSettings settings;
    private final FrameSink sink;
    private final Clock clock;
    private final FrameQueue<byte[]> queue;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private final AtomicLong framesIn = new AtomicLong();
    private final AtomicLong framesOut = new AtomicLong();
    private final AtomicLong framesRefused = new AtomicLong();
    private final AtomicLong matches = new AtomicLong();
    private final AtomicLong restarts = new AtomicLong();
    private final Thread supervisor;
    private final Thread matcher;

    private volatile CameraHealth.State state = CameraHealth.State.RUNNING;
    private volatile @Nullable Instant lastFrameAt;
    private volatile @Nullable String lastError;
    private @Nullable Process process; // guarded by this

    public CameraPuller(CameraId camera, String url, PullSettings settings, FrameSink sink, Clock clock) {
        this.camera = camera;
        this.url = url;
        this.shownUrl = shown(url);
        this.settings = settings;
        this.sink = sink;
        this.clock = clock;
        this.queue = new FrameQueue<>(settings.queueSize());
        this.supervisor =
                Thread.ofPlatform().daemon().name("camera-pull-" + camera).unstarted(this::superviseLoop);
        this.matcher =
                Thread.ofPlatform().daemon().name("camera-match-" + camera).unstarted(this::matchLoop);
    }

    /** Starts pulling; call once. */
    public void start() {
        LOG.info("camera {}: pulling {} at {} fps", camera, shownUrl, settings.fps());
        supervisor.start();
        matcher.start();
    }

    public String url() {
        return url;
    }

    public CameraHealth health() {
        return new CameraHealth(
                state,
                shownUrl,
                framesIn.get(),
                framesOut.get(),
                queue.dropped(),
                framesRefused.get(),
                matches.get(),
                restarts.get(),
                lastFrameAt,
                lastError);
    }

    /** The ffmpeg command line for {@code url}: no shell, the URL one argument. */
    static List<String> command(String ffmpeg, String url, double fps, Duration ioTimeout) {
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "error"));
        String micros = Long.toString(ioTimeout.toNanos() / 1_000);
        if (url.toLowerCase(Locale.ROOT).startsWith("rtsp://")) {
            command.addAll(List.of("-rtsp_transport", "tcp", "-timeout", micros));
        } else {
            command.addAll(List.of("-rw_timeout", micros));
        }
        // live sources carry no trustworthy timestamps (an MJPEG stream none at all): the arrival time paces fps
        command.addAll(List.of("-use_wallclock_as_timestamps", "1", "-i", url));
        // eof_action=pass keeps the single image of a snapshot source
        command.addAll(List.of(
                "-an",
                "-vf",
                "fps=" + String.format(Locale.ROOT, "%.3f", fps) + ":eof_action=pass",
                "-f",
                "image2pipe",
                "-vcodec",
                "mjpeg",
                "-q:v",
                "3",
                "pipe:1"));
        return command;
    }

    private void superviseLoop() {
        Duration backoff = settings.minBackoff();
        long pullIntervalNanos = (long) (1_000_000_000L / settings.fps());
        while (!stopped()) {
            long startedAt = System.nanoTime();
            RunResult result = runOnce();
            if (stopped()) {
                break;
            }
            if (result.exitCode() == 0 && result.frames() > 0) {
                // a snapshot source (or a stream that ended cleanly): pull again at the next frame time
                backoff = settings.minBackoff();
                state = CameraHealth.State.RUNNING;
                long waitNanos = pullIntervalNanos - (System.nanoTime() - startedAt);
                if (waitNanos > 0) {
                    pause(waitNanos);
                }
            } else {
                if (result.frames() > 0) {
                    backoff = settings.minBackoff();
                }
                state = CameraHealth.State.RECONNECTING;
                restarts.incrementAndGet();
                LOG.warn("camera {}: ffmpeg ended ({}); again in {}", camera, lastError, backoff);
                pause(backoff.toNanos());
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : doubled;
            }
        }
        state = CameraHealth.State.STOPPED;
    }

    private record RunResult(int exitCode, long frames) {}

    private RunResult runOnce() {
        Process started;
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(command(settings.ffmpeg(), url, settings.fps(), settings.ioTimeout()));
            builder.redirectInput(ProcessBuilder.Redirect.PIPE);
            synchronized (this) {
                if (stopped()) {
                    return new RunResult(-1, 0);
                }
                started = builder.start();
                process = started;
            }
        } catch (IOException e) {
            lastError = Redaction.redact("cannot start ffmpeg: " + e.getMessage(), url, shownUrl);
            return new RunResult(-1, 0);
        }
        try {
            started.getOutputStream().close();
        } catch (IOException e) {
            // ffmpeg runs with -nostdin: its standard input is not used
        }
        List<String> errors = new ArrayList<>();
        Thread stderr = Thread.ofVirtual()
                .name("camera-ffmpeg-stderr-" + camera)
                .start(() -> drain(started.getErrorStream(), errors));
        JpegStreamSplitter splitter = new JpegStreamSplitter(settings.maxFrameBytes(), this::received);
        long frames = 0;
        try (InputStream out = started.getInputStream()) {
            frames = splitter.readAll(out);
        } catch (IOException e) {
            if (!stopped()) {
                lastError = Redaction.redact("reading ffmpeg: " + e.getMessage(), url, shownUrl);
            }
        }
        int exit;
        try {
            exit = started.waitFor();
            stderr.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            destroy(started);
            return new RunResult(-1, frames);
        } finally {
            synchronized (this) {
                process = null;
            }
        }
        if (exit != 0 || frames == 0) {
            String detail;
            synchronized (errors) {
                detail = errors.isEmpty() ? "" : ": " + errors.getLast();
            }
            lastError = Redaction.redact(
                    "ffmpeg exited with status " + exit + (frames == 0 ? " without a frame" : "") + detail,
                    url,
                    shownUrl);
        }
        return new RunResult(exit, frames);
    }

    private void received(byte[] jpeg) {
        framesIn.incrementAndGet();
        lastFrameAt = clock.instant();
        state = CameraHealth.State.RUNNING;
        queue.offer(jpeg);
    }

    private static void drain(InputStream in, List<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line.length() > 500 ? line.substring(0, 500) : line);
                    if (lines.size() > STDERR_LINES) {
                        lines.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private void matchLoop() {
        while (!stopped()) {
            byte[] frame;
            try {
                frame = queue.poll(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                break;
            }
            if (frame == null) {
                continue;
            }
            try {
                Outcome<Integer> outcome = sink.match(camera, frame);
                if (outcome instanceof Outcome.Done<Integer>(Integer found)) {
                    framesOut.incrementAndGet();
                    matches.addAndGet(found);
                } else {
                    framesRefused.incrementAndGet();
                    lastError = "frame refused: " + outcome.getClass().getSimpleName();
                }
            } catch (RuntimeException e) {
                framesRefused.incrementAndGet();
                lastError = Redaction.redact("matching failed: " + e, url, shownUrl);
                LOG.warn("camera {}: matching a pulled frame failed", camera, e);
            }
        }
        queue.clear();
    }

    private boolean stopped() {
        return stopSignal.getCount() == 0;
    }

    private void pause(long nanos) {
        try {
            stopSignal.await(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopSignal.countDown();
        }
    }

    /** Stops pulling: ffmpeg is destroyed (forcibly if it lingers), the threads end, waiting frames are dropped. */
    @Override
    public void close() {
        stopSignal.countDown();
        Process running;
        synchronized (this) {
            running = process;
        }
        if (running != null) {
            destroy(running);
        }
        supervisor.interrupt();
        matcher.interrupt();
        join(supervisor);
        join(matcher);
        queue.clear();
        state = CameraHealth.State.STOPPED;
        LOG.info("camera {}: pulling stopped", camera);
    }

    private static void destroy(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread thread) {
        if (thread == Thread.currentThread()) {
            return;
        }
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The URL as shown: scheme, host, port and path; no user information, query or fragment. */
    static String shown(String url) {
        try {
            URI uri = URI.create(url);
            String host = uri.getHost() == null ? "?" : uri.getHost();
            return uri.getScheme() + "://" + host + (uri.getPort() >= 0 ? ":" + uri.getPort() : "")
                    + (uri.getRawPath() == null ? "" : uri.getRawPath());
        } catch (IllegalArgumentException e) {
            return Redaction.redact(url);
        }
    }
}
