package org.amparo.server.ingest;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.amparo.core.ingest.osmand.OsmAndDecoder;
import org.amparo.core.ingest.osmand.OsmAndRequest;
import org.amparo.server.SuppressForbidden;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * OsmAnd protocol requests as the Traccar Client app sends them. The device's secret travels as a
 * {@code token} parameter (Traccar Client: put it in the server URL, {@code http://host:5055/?token=...})
 * or as an {@code Authorization: Bearer} header.
 */
@Component
@SuppressForbidden(reason = "com.sun.net.httpserver is the exported, supported jdk.httpserver module")
public class OsmAndHandler {
    private static final Logger LOG = LoggerFactory.getLogger(OsmAndHandler.class);

    private final OsmAndDecoder decoder;
    private final DeviceIngest ingest;

    public OsmAndHandler(Clock clock, DeviceIngest ingest) {
        this.decoder = new OsmAndDecoder(clock);
        this.ingest = ingest;
    }

    void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = DevicePortServer.body(exchange);
            if (body == null) {
                return;
            }
            String target = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + exchange.getRequestURI().getRawQuery());
            OsmAndRequest request = OsmAndRequest.fromTarget(
                    exchange.getRequestMethod(),
                    target,
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    body);
            ingest.answer(exchange, decoder.decode(request), secret(exchange, body), "");
        } catch (RuntimeException e) {
            LOG.error("OsmAnd request failed", e);
            DevicePortServer.reply(exchange, 500, "internal error");
        }
    }

    private static @Nullable String secret(HttpExchange exchange, byte[] body) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            return header.substring(7).strip();
        }
        String fromQuery = parameter(exchange.getRequestURI().getRawQuery(), "token");
        if (fromQuery != null) {
            return fromQuery;
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            return parameter(new String(body, StandardCharsets.UTF_8), "token");
        }
        return null;
    }

    static @Nullable String parameter(@Nullable String raw, String name) {
        if (raw == null) {
            return null;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
