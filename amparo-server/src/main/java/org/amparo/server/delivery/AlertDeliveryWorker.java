package org.amparo.server.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.ConfigKey;
import org.amparo.server.config.Settings;
import org.amparo.store.alert.JdbcAlertOutbox;
import org.amparo.store.alert.JdbcAlertOutbox.Pending;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Delivers queued alert notices: webhook by HTTP POST (2xx counts as delivered), MQTT at QoS 1, to
 * the agency's configured URL and topic or, for a protected person's notice, to the destination of
 * its row. A failure is recorded and retried later with growing delay; nothing is dropped. One
 * batch at a time, every two seconds. Destinations are never logged: a protected person's is their
 * contact data.
 */
@Component
public class AlertDeliveryWorker {
    private static final Logger LOG = LoggerFactory.getLogger(AlertDeliveryWorker.class);
    public static final String WEBHOOK = "WEBHOOK";
    public static final String MQTT = "MQTT";

    private final JdbcAlertOutbox outbox;
    private final Settings settings;
    private final TaskScheduler scheduler;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private @Nullable MqttClient mqtt;

    public AlertDeliveryWorker(JdbcAlertOutbox outbox, Settings settings, TaskScheduler scheduler) {
        this.outbox = outbox;
        this.settings = settings;
        this.scheduler = scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        // Protected persons' channels exist whether or not the agency configured its own.
        scheduler.scheduleWithFixedDelay(this::deliverDue, Duration.ofSeconds(2));
    }

    /** Delivers what is due; returns how many were delivered. */
    public synchronized int deliverDue() {
        int delivered = 0;
        try {
            for (Pending pending : outbox.due(100)) {
                String error = attempt(pending);
                if (error == null) {
                    outbox.delivered(pending.id());
                    delivered++;
                } else {
                    outbox.failed(pending, error);
                    LOG.warn(
                            "alert notice {} via {} failed (attempt {}): {}",
                            pending.id(),
                            pending.channel(),
                            pending.attempts() + 1,
                            error);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("alert delivery pass failed; retrying at the next pass", e);
        }
        return delivered;
    }

    private @Nullable String attempt(Pending pending) {
        return switch (pending.channel()) {
            case WEBHOOK -> webhook(destination(pending, AmparoConfig.ALERT_WEBHOOK_URL), pending.payload());
            case MQTT -> mqtt(destination(pending, AmparoConfig.ALERT_MQTT_TOPIC), pending.payload());
            default -> "unknown channel " + pending.channel();
        };
    }

    private String destination(Pending pending, ConfigKey<String> agencyDefault) {
        String own = pending.destination();
        return own != null ? own : settings.get(agencyDefault);
    }

    private @Nullable String webhook(String url, String payload) {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (java.io.IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private @Nullable String mqtt(String topic, String payload) {
        try {
            MqttClient client = mqttClient();
            MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
            message.setQos(1);
            client.publish(topic, message);
            return null;
        } catch (MqttException e) {
            closeMqtt();
            return "MQTT: " + e.getMessage();
        }
    }

    private MqttClient mqttClient() throws MqttException {
        if (mqtt == null || !mqtt.isConnected()) {
            closeMqtt();
            MqttClient client = new MqttClient(
                    settings.get(AmparoConfig.MQTT_URL),
                    settings.get(AmparoConfig.MQTT_CLIENT_ID) + "-alerts",
                    new MemoryPersistence());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setConnectionTimeout(5);
            client.connect(options);
            mqtt = client;
        }
        return mqtt;
    }

    private void closeMqtt() {
        if (mqtt != null) {
            try {
                mqtt.close(true);
            } catch (MqttException e) {
                LOG.debug("closing the MQTT publisher: {}", e.getMessage());
            }
            mqtt = null;
        }
    }
}
