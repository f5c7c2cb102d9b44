package org.amparo.server.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.amparo.core.geo.GeoPoint;
import org.amparo.server.simulator.SimCounters.Channel;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends fixes as devices and gateways do: a REST batch (one request per at most {@value #MAX_BATCH} fixes),
 * OsmAnd and OwnTracks HTTP on the device port, OwnTracks over MQTT when a broker is configured and
 * reachable. Fix times are real time. Thread-safe.
 */
final class Reporter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Reporter.class);
    static final int MAX_BATCH = 1000;
    /** The account the REST batch is posted as, as an AVL gateway's integration account would. */
    static final String GATEWAY_USER = "supervisor";

    /** One fix to send. */
    record Fix(String identifier, GeoPoint at) {}

    private final LoopbackClient http;
    private final SimCounters counters;
    private final @Nullable MqttClient mqtt;

    Reporter(LoopbackClient http, SimCounters counters, String mqttUrl) {
        this.http = http;
        this.counters = counters;
        this.mqtt = mqttUrl.isBlank() ? null : connect(mqttUrl);
    }

    boolean mqttAvailable() {
        MqttClient client = mqtt;
        return client != null && client.isConnected();
    }

    /** Posts {@code fixes} as REST batches of at most {@value #MAX_BATCH}, waiting for each answer. */
    void batch(List<Fix> fixes, Instant realNow) {
        String at = realNow.toString();
        for (int from = 0; from < fixes.size(); from += MAX_BATCH) {
            List<Map<String, Object>> body = new ArrayList<>();
            for (Fix fix : fixes.subList(from, Math.min(fixes.size(), from + MAX_BATCH))) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("deviceId", fix.identifier());
                item.put("lat", round(fix.at().latitude()));
                item.put("lon", round(fix.at().longitude()));
                item.put("at", at);
                item.put("accuracyMeters", 10);
                body.add(item);
            }
            if (http.post(GATEWAY_USER, "/api/v1/locations", body).ok()) {
                counters.fixes(Channel.REST_BATCH, body.size());
            }
        }
    }

    /** One OsmAnd request (Traccar Client), without waiting. */
    void osmand(String identifier, String secret, GeoPoint at, Instant realNow) {
        String query = String.format(
                Locale.ROOT,
                "/?id=%s&lat=%.6f&lon=%.6f&timestamp=%d&accuracy=10&token=%s",
                encode(identifier),
                at.latitude(),
                at.longitude(),
                realNow.getEpochSecond(),
                encode(secret));
        http.sendAsync(http.device(query).GET(), "OsmAnd fix").thenAccept(reply -> {
            if (reply.ok()) {
                counters.fixes(Channel.OSMAND, 1);
            }
        });
    }

    /** One OwnTracks location over HTTP (device identifier and secret as HTTP Basic), without waiting. */
    void ownTracksHttp(String identifier, String secret, GeoPoint at, Instant realNow) {
        String body = ownTracks(at, realNow);
        http.sendAsync(
                        http.device("/owntracks")
                                .header("Authorization", LoopbackClient.basic(identifier, secret))
                                .header("Content-Type", "application/json")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)),
                        "OwnTracks HTTP fix")
                .thenAccept(reply -> {
                    if (reply.ok()) {
                        counters.fixes(Channel.OWNTRACKS_HTTP, 1);
                    }
                });
    }

    /**
     * One OwnTracks location published to {@code owntracks/<identifier>}; the identifier must be {@code
     * user/device}. Returns false when no broker is connected (the caller falls back to another channel).
     */
    boolean ownTracksMqtt(String identifier, GeoPoint at, Instant realNow) {
        MqttClient client = mqtt;
        if (client == null || !client.isConnected()) {
            return false;
        }
        try {
            client.publish(
                    "owntracks/" + identifier, ownTracks(at, realNow).getBytes(StandardCharsets.UTF_8), 1, false);
            counters.fixes(Channel.OWNTRACKS_MQTT, 1);
            return true;
        } catch (MqttException e) {
            counters.add(SimCounters.Count.HTTP_ERRORS);
            LOG.warn("demo simulator: MQTT publish failed: {}", e.getReasonCode());
            return false;
        }
    }

    private static String ownTracks(GeoPoint at, Instant realNow) {
        return String.format(
                Locale.ROOT,
                "{\"_type\":\"location\",\"lat\":%.6f,\"lon\":%.6f,\"tst\":%d,\"acc\":10}",
                at.latitude(),
                at.longitude(),
                realNow.getEpochSecond());
    }

    private static @Nullable MqttClient connect(String url) {
        try {
            // its own client id: two demo instances on one broker must not take each other's connection
            MqttClient client = new MqttClient(
                    url,
                    "amparo-demo-simulator-" + UUID.randomUUID().toString().substring(0, 8),
                    new MemoryPersistence());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setAutomaticReconnect(true);
            options.setCleanSession(true);
            options.setConnectionTimeout(5);
            client.connect(options);
            LOG.info("demo simulator: OwnTracks devices publish to the MQTT broker {}", url);
            return client;
        } catch (MqttException e) {
            LOG.warn(
                    "demo simulator: MQTT broker {} unreachable ({}); OwnTracks devices use HTTP",
                    url,
                    e.getReasonCode());
            return null;
        }
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        MqttClient client = mqtt;
        if (client != null) {
            try {
                if (client.isConnected()) {
                    client.disconnect(1000);
                }
                client.close();
            } catch (MqttException e) {
                LOG.debug("MQTT close: {}", e.getReasonCode());
            }
        }
    }
}
