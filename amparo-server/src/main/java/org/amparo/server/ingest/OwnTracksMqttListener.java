package org.amparo.server.ingest;

import org.amparo.core.ingest.DecodeResult;
import org.amparo.core.ingest.owntracks.OwnTracksDecoder;
import org.amparo.core.ingest.owntracks.OwnTracksTopics;
import org.amparo.core.location.LocationIngestService;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.amparo.store.location.JdbcDropCounter;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * OwnTracks over MQTT: subscribes to {@code owntracks/+/+} at QoS 1 on a persistent session. A
 * message that fails to be stored is not acknowledged (the listener throws), so the broker
 * delivers it again after the reconnect; a message that cannot be decoded is counted as a
 * dead letter per reason and acknowledged. Devices must be registered with the identifier
 * {@code user/device}; the broker authenticates them.
 */
@Component
public class OwnTracksMqttListener implements SmartLifecycle, MqttCallbackExtended {
    private static final Logger LOG = LoggerFactory.getLogger(OwnTracksMqttListener.class);

    private final Settings settings;
    private final LocationIngestService ingest;
    private final JdbcDropCounter drops;
    private static final OwnTracksTopics TOPICS = new OwnTracksTopics("owntracks");

    private final OwnTracksDecoder decoder = new OwnTracksDecoder();
    private @Nullable MqttClient client;

    public OwnTracksMqttListener(Settings settings, LocationIngestService ingest, JdbcDropCounter drops) {
        this.settings = settings;
        this.ingest = ingest;
        this.drops = drops;
    }

    @Override
    public synchronized void start() {
        String url = settings.get(AmparoConfig.MQTT_URL);
        if (url.isEmpty()) {
            return;
        }
        try {
            MqttClient created =
                    new MqttClient(url, settings.get(AmparoConfig.MQTT_CLIENT_ID), new MemoryPersistence());
            created.setCallback(this);
            MqttConnectOptions options = new MqttConnectOptions();
            options.setCleanSession(false);
            options.setAutomaticReconnect(true);
            options.setConnectionTimeout(10);
            created.connect(options);
            created.subscribe(TOPICS.subscription(), 1);
            client = created;
            LOG.info("subscribed to {} at {}", TOPICS.subscription(), url);
        } catch (MqttException e) {
            throw new IllegalStateException("cannot connect to the MQTT broker " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (client != null) {
            try {
                client.disconnect(2_000);
                client.close();
            } catch (MqttException e) {
                LOG.warn("MQTT disconnect: {}", e.getMessage());
            }
            client = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return client != null;
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        switch (decoder.decodeMqtt(topic, message.getPayload())) {
            case DecodeResult.Decoded decoded -> ingest.ingest(decoded.fixes());
            case DecodeResult.Rejected rejected ->
                drops.count(null, "MQTT_" + rejected.reason().name(), 1);
        }
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        if (reconnect && client != null) {
            try {
                client.subscribe(TOPICS.subscription(), 1);
            } catch (MqttException e) {
                LOG.error("resubscribing to {} failed", TOPICS.subscription(), e);
            }
        }
    }

    @Override
    public void connectionLost(Throwable cause) {
        LOG.warn("MQTT connection lost, reconnecting: {}", cause.getMessage());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // Amparo only subscribes.
    }
}
