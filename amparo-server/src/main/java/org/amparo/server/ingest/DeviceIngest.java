package org.amparo.server.ingest;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.amparo.core.ingest.DecodeResult;
import org.amparo.core.ingest.DeviceFix;
import org.amparo.core.location.IngestDrop;
import org.amparo.server.SuppressForbidden;
import org.amparo.store.location.JdbcDropCounter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What every device protocol does after decoding: authenticate each reporting device with the
 * secret the request carried, ingest, and answer. A failure to store answers 503, so the device
 * keeps the fix and resends it; nothing acknowledged is lost.
 */
@Component
@SuppressForbidden(reason = "com.sun.net.httpserver is the exported, supported jdk.httpserver module")
public class DeviceIngest {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceIngest.class);

    private final DeviceAuthenticator authenticator;
    private final IngestBatcher batcher;
    private final JdbcDropCounter drops;

    public DeviceIngest(DeviceAuthenticator authenticator, IngestBatcher batcher, JdbcDropCounter drops) {
        this.authenticator = authenticator;
        this.batcher = batcher;
        this.drops = drops;
    }

    /** Answers the exchange for a decode result; {@code okBody} is what the protocol expects on success. */
    void answer(HttpExchange exchange, DecodeResult result, @Nullable String secret, String okBody) throws IOException {
        switch (result) {
            case DecodeResult.Rejected rejected ->
                DevicePortServer.reply(exchange, status(rejected), rejected.reason() + ": " + rejected.detail());
            case DecodeResult.Decoded decoded -> accept(exchange, decoded.fixes(), secret, okBody);
        }
    }

    private void accept(HttpExchange exchange, List<DeviceFix> fixes, @Nullable String secret, String okBody)
            throws IOException {
        Set<String> identifiers = new LinkedHashSet<>();
        fixes.forEach(f -> identifiers.add(f.deviceIdentifier()));
        for (String identifier : identifiers) {
            if (authenticator.verify(identifier, secret).isEmpty()) {
                drops.count(null, IngestDrop.UNKNOWN_DEVICE.name() + "_OR_BAD_SECRET", fixes.size());
                DevicePortServer.reply(exchange, 401, "unknown device or wrong secret");
                return;
            }
        }
        try {
            batcher.submit(fixes).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("{} fixes not stored ({}); the device will resend", fixes.size(), e.getMessage());
            DevicePortServer.reply(exchange, 503, "temporarily unavailable, resend later");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            DevicePortServer.reply(exchange, 503, "temporarily unavailable, resend later");
            return;
        }
        if (okBody.isEmpty()) {
            DevicePortServer.reply(exchange, 200, "");
        } else {
            byte[] bytes = okBody.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }

    private static int status(DecodeResult.Rejected rejected) {
        return switch (rejected.reason()) {
            case TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case UNSUPPORTED_METHOD -> 405;
            case UNSUPPORTED -> 200;
            default -> 400;
        };
    }
}
