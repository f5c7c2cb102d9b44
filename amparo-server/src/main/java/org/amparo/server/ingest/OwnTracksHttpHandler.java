package org.amparo.server.ingest;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.amparo.core.ingest.owntracks.OwnTracksDecoder;
import org.amparo.server.SuppressForbidden;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * OwnTracks in HTTP mode: {@code POST /owntracks} with HTTP Basic, user = the registered device
 * identifier ({@code user/device}), password = the device secret. Answers {@code []} as the app
 * expects.
 */
@Component
@SuppressForbidden(reason = "com.sun.net.httpserver is the exported, supported jdk.httpserver module")
public class OwnTracksHttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(OwnTracksHttpHandler.class);

    private final OwnTracksDecoder decoder = new OwnTracksDecoder();
    private final DeviceIngest ingest;

    public OwnTracksHttpHandler(DeviceIngest ingest) {
        this.ingest = ingest;
    }

    void handle(HttpExchange exchange) throws IOException {
        try {
            if (!exchange.getRequestMethod().equals("POST")) {
                DevicePortServer.reply(exchange, 405, "POST only");
                return;
            }
            String[] credentials = basic(exchange.getRequestHeaders().getFirst("Authorization"));
            if (credentials == null) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"amparo-devices\"");
                DevicePortServer.reply(exchange, 401, "HTTP Basic with the device identifier and secret");
                return;
            }
            byte[] body = DevicePortServer.body(exchange);
            if (body == null) {
                return;
            }
            ingest.answer(exchange, decoder.decodeHttp(credentials[0], body), credentials[1], "[]");
        } catch (RuntimeException e) {
            LOG.error("OwnTracks request failed", e);
            DevicePortServer.reply(exchange, 500, "internal error");
        }
    }

    private static String @Nullable [] basic(@Nullable String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
