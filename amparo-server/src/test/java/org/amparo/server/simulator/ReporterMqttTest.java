package org.amparo.server.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.DecodeResult;
import org.amparo.core.ingest.DeviceFix;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.ingest.owntracks.OwnTracksDecoder;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The simulator's OwnTracks-over-MQTT channel through the real Mosquitto on loopback: what it publishes arrives on
 * the topic Amparo subscribes to and decodes, with the server's own decoder, to the position and time it sent.
 */
class ReporterMqttTest {
    private static final String BROKER = "tcp://127.0.0.1:1883";
    private static final Charset UTF_8 = StandardCharsets.UTF_8;

    @Test
    void anOwnTracksFixPublishedByTheSimulatorDecodesAsTheServerReadsIt() throws MqttException, InterruptedException {
        Assumptions.assumeTrue(reachable(), "Mosquitto is not running on 127.0.0.1:1883");
        String identifier = "simtest-" + UUID.randomUUID().toString().substring(0, 8) + "/phone";
        BlockingQueue<String[]> received = new ArrayBlockingQueue<>(4);
        SimCounters counters = new SimCounters();
        GeoPoint at = new GeoPoint(-2.897_123, -79.004_567);
        Instant now = Instant.parse("2026-11-27T03:04:05Z");
        try (MqttClient listener = new MqttClient(BROKER, "amparo-test-" + UUID.randomUUID(), new MemoryPersistence());
                LoopbackClient http = new LoopbackClient(1, 1, counters);
                Reporter reporter = new Reporter(http, counters, BROKER)) {
            listener.connect();
            listener.subscribe(
                    "owntracks/" + identifier,
                    1,
                    (topic, message) -> received.add(new String[] {topic, new String(message.getPayload(), UTF_8)}));
            assertThat(reporter.mqttAvailable()).isTrue();

            assertThat(reporter.ownTracksMqtt(identifier, at, now)).isTrue();

            String[] message = received.poll(30, TimeUnit.SECONDS); // a hang guard, not a timing assertion
            assertThat(message).as("the published location").isNotNull();
            DecodeResult decoded = new OwnTracksDecoder().decodeMqtt(message[0], message[1].getBytes(UTF_8));
            assertThat(decoded).isInstanceOf(DecodeResult.Decoded.class);
            DeviceFix fix = ((DecodeResult.Decoded) decoded).fixes().getFirst();
            assertThat(fix.deviceIdentifier()).isEqualTo(identifier);
            assertThat(fix.at()).isEqualTo(now);
            assertThat(fix.position().latitude()).isEqualTo(at.latitude());
            assertThat(fix.position().longitude()).isEqualTo(at.longitude());
            assertThat(fix.source()).isEqualTo(FixSource.OWNTRACKS);
            assertThat(counters.fixes(SimCounters.Channel.OWNTRACKS_MQTT)).isEqualTo(1L);
            listener.disconnect();
        }
    }

    private static boolean reachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 1883), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
