package org.amparo.server.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.amparo.server.SuppressForbidden;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The port that phones and trackers talk to ({@code amparo.devices.port}, 5055 by default, the
 * port Traccar Client users already configure): OsmAnd requests on any path but {@code /owntracks},
 * OwnTracks HTTP on {@code /owntracks}. A separate, small HTTP server, so that device traffic never
 * touches the user-facing API's sessions and filters. Bodies are bounded; errors are plain text.
 */
@Component
@SuppressForbidden(reason = "com.sun.net.httpserver is the exported, supported jdk.httpserver module")
public class DevicePortServer implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(DevicePortServer.class);
    /** Largest request body read, in bytes; larger ones are refused with 413 without reading them. */
    public static final int MAX_BODY = 256 * 1024;

    private final Settings settings;
    private final OsmAndHandler osmand;
    private final OwnTracksHttpHandler owntracks;
    private @Nullable HttpServer server;
    private @Nullable ExecutorService executor;

    public DevicePortServer(Settings settings, OsmAndHandler osmand, OwnTracksHttpHandler owntracks) {
        this.settings = settings;
        this.osmand = osmand;
        this.owntracks = owntracks;
    }

    @Override
    public synchronized void start() {
        int port = settings.get(AmparoConfig.DEVICES_PORT);
        if (port < 0) {
            LOG.info("device port disabled");
            return;
        }
        try {
            HttpServer created =
                    HttpServer.create(new InetSocketAddress(settings.get(AmparoConfig.DEVICES_BIND), port), 256);
            // One virtual thread per request: a request waiting for its group commit holds no
            // platform thread, so thousands of trackers can share one commit; the batcher's queue
            // bounds how many wait.
            executor = Executors.newThreadPerTaskExecutor(
                    Thread.ofVirtual().name("amparo-device-port-", 1).factory());
            created.setExecutor(executor);
            created.createContext("/owntracks", owntracks::handle);
            created.createContext("/", osmand::handle);
            created.start();
            server = created;
            LOG.info("device port listening on {}", created.getAddress());
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the device port " + port + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop(1);
            server = null;
        }
        if (executor != null) {
            executor.shutdown();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The port actually bound (useful when configured as 0), or -1 when not running. */
    public synchronized int port() {
        return server == null ? -1 : server.getAddress().getPort();
    }

    /** Reads the body, or returns null after answering 413 when it is larger than {@link #MAX_BODY}. */
    static byte @Nullable [] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                reply(exchange, 413, "request body too large");
                return null;
            }
            return body;
        }
    }

    static void reply(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
