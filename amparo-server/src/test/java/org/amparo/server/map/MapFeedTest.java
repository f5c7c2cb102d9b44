package org.amparo.server.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.device.DeviceId;
import org.amparo.core.dispatch.UnitStatus;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.FixReadings;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.location.StoredFix;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.amparo.server.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The live map's coalescing feed, without a server: fixes in, events out, through a recording sink. */
class MapFeedTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final Actor DISPATCHER = new Actor("dispatcher", Set.of(Role.DISPATCHER));
    private static final Actor OPERATOR = new Actor("operator", Set.of(Role.OPERATOR));

    private final MutableClock clock = new MutableClock(T0);
    private final DeviceId unitDevice = new DeviceId(UUID.randomUUID());
    private final String unitId = UUID.randomUUID().toString();
    private final List<String> ended = new ArrayList<>();
    private final ExecutorService pool = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("map-feed-test-sender").unstarted(r));

    private final MapFeed.Ports ports = new MapFeed.Ports() {
        @Override
        public List<MapFeed.UnitRow> units() {
            return List.of(new MapFeed.UnitRow(unitId, unitDevice, UnitStatus.AVAILABLE, null, null));
        }

        @Override
        public Map<String, String> cameraStates() {
            return Map.of();
        }

        @Override
        public void watchEnded(MapWatch watch, MapWatch.End reason) {
            ended.add(reason + " positions=" + watch.positions().get());
        }
    };

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** A sink that records what it got, in order. */
    static final class Recording implements MapSink {
        final BlockingQueue<String[]> got = new LinkedBlockingQueue<>();
        final List<String> seen = new CopyOnWriteArrayList<>();
        final CountDownLatch release;

        Recording(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public void send(String event, String json) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            seen.add(event);
            got.add(new String[] {event, json});
        }

        @Override
        public void close() {}

        List<String> events() {
            return List.copyOf(seen);
        }

        /** Waits for {@code event} (a hang guard, not a timing assertion) and answers its data. */
        JsonNode await(String event) throws InterruptedException {
            while (true) {
                String[] next = got.poll(30, TimeUnit.SECONDS);
                assertThat(next).as("event " + event + " arrived").isNotNull();
                if (next[0].equals(event)) {
                    return JSON.readTree(next[1]);
                }
            }
        }
    }

    private StoredFix unitFix(int i) {
        return new StoredFix(
                unitDevice,
                null,
                null,
                T0.plusSeconds(i),
                new GeoPoint(-2.90 + i * 0.0001, -79.00 - i * 0.0001),
                FixReadings.NONE,
                FixSource.OSMAND,
                T0.plusSeconds(i).plusMillis(7));
    }

    private MapFeed feed(int buffer) {
        return new MapFeed(ports, clock, pool, buffer, Duration.ofMinutes(30));
    }

    @Test
    void manyFixesOfOneUnitWithinOneFlushBecomeOneEntryAndTheLastWins() throws InterruptedException {
        MapFeed feed = feed(64);
        Recording sink = new Recording(new CountDownLatch(0));
        feed.open("c1", DISPATCHER, EnumSet.of(MapLayer.UNITS), sink);
        feed.flush(); // indexes the units
        for (int i = 1; i <= 200; i++) {
            feed.kept(List.of(unitFix(i)));
        }
        feed.kept(List.of(unitFix(50))); // an older fix arriving late does not move the unit back
        feed.flush();
        feed.flush(); // nothing changed since: no second units event

        sink.await("hello");
        JsonNode units = sink.await("units").path("u");
        assertThat(units.size()).isEqualTo(1);
        JsonNode row = units.get(0);
        StoredFix last = unitFix(200);
        assertThat(row.get(0).asString()).isEqualTo(unitId);
        assertThat(row.get(1).asDouble()).isEqualTo(last.position().longitude());
        assertThat(row.get(2).asDouble()).isEqualTo(last.position().latitude());
        assertThat(row.get(3).asString()).isEqualTo("AVAILABLE");
        assertThat(row.get(4).asLong()).isEqualTo(last.receivedAt().toEpochMilli());
        assertThat(sink.got).as("nothing after the one units event").isEmpty();
    }

    @Test
    void aStatusChangeTravelsWithoutAFixAndOnlyToThoseWhoSeeUnits() throws InterruptedException {
        MapFeed feed = feed(64);
        Recording dispatcher = new Recording(new CountDownLatch(0));
        Recording operator = new Recording(new CountDownLatch(0));
        feed.open("d", DISPATCHER, EnumSet.of(MapLayer.UNITS, MapLayer.INCIDENTS), dispatcher);
        feed.open("o", OPERATOR, EnumSet.of(MapLayer.ALERTS, MapLayer.CAMERAS), operator);
        feed.kept(List.of(unitFix(1)));
        feed.flush();
        String incident = UUID.randomUUID().toString();
        feed.onEvent("unit", Map.of("unitId", unitId, "status", "DISPATCHED", "incidentId", incident));
        feed.onEvent("incident", Map.of("incidentId", incident, "status", "DISPATCHED"));
        feed.onEvent("alert", Map.of("alertId", "a"));
        feed.flush();

        dispatcher.await("units");
        JsonNode row = dispatcher.await("units").path("u").get(0);
        assertThat(row.get(3).asString()).isEqualTo("DISPATCHED");
        assertThat(row.get(4).isNull()).as("no fix, so no ingest time").isTrue();
        assertThat(row.get(5).asString()).isEqualTo(incident);
        assertThat(dispatcher.await("changed").path("layers").toString())
                .contains("incidents")
                .doesNotContain("alerts");
        assertThat(operator.await("changed").path("layers").toString())
                .contains("alerts")
                .doesNotContain("incidents");
        assertThat(operator.events()).doesNotContain("units");
    }

    @Test
    @Timeout(60) // guards against a hang: the ingest and the flusher must never wait for the blocked client
    void aSlowClientGetsAResyncAndTheIngestThreadNeverBlocks() throws InterruptedException {
        MapFeed feed = feed(4);
        CountDownLatch release = new CountDownLatch(1);
        Recording slow = new Recording(release);
        feed.open("slow", DISPATCHER, EnumSet.of(MapLayer.UNITS), slow);
        // the sender is soon stuck in the slow client's first write (the hello, or a resync that replaced it)
        for (int i = 1; i <= 40; i++) {
            feed.kept(List.of(unitFix(i)));
            feed.flush();
        }
        MapClient client = java.util.Objects.requireNonNull(feed.client("slow"));
        assertThat(client.resyncs()).isPositive();
        assertThat(client.waiting()).isLessThanOrEqualTo(4);

        release.countDown();
        // the hello may have been dropped with the backlog: the resync names the client again
        assertThat(slow.await("resync").path("clientId").asString()).isEqualTo("slow");
        // Let the sender drain what is left of the backlog first: a fix offered while the buffer is still full
        // would rightly turn into another resync, not a units event (the @Timeout guards this wait).
        while (client.waiting() > 0) {
            Thread.sleep(5);
        }
        // A newer fix after the release reaches the client; every units event it gets on the way is no older
        // than the last buffer's worth of flushes: the backlog it missed was dropped, not replayed.
        feed.kept(List.of(unitFix(41)));
        feed.flush();
        long newest = unitFix(41).receivedAt().toEpochMilli();
        long seen;
        do {
            JsonNode row = slow.await("units").path("u").get(0);
            seen = row.get(4).asLong();
            assertThat(seen).isGreaterThanOrEqualTo(unitFix(36).receivedAt().toEpochMilli());
        } while (seen < newest);
    }

    @Test
    void aWatchFollowsOnlyItsOrdersDeviceAndEndsAuditedWhenItExpires() throws InterruptedException {
        MapFeed feed = feed(64);
        Recording sink = new Recording(new CountDownLatch(0));
        feed.open("w", OPERATOR, EnumSet.of(MapLayer.SUBJECTS), sink);
        SubjectId subject = new SubjectId(UUID.randomUUID());
        DeviceId device = new DeviceId(UUID.randomUUID());
        AuthorizationId authorization = new AuthorizationId(UUID.randomUUID());
        MapWatch watch = feed.watch(new MapWatch(
                "watch-1",
                "w",
                OPERATOR,
                new MonitoringOrderId(UUID.randomUUID()),
                subject,
                device,
                authorization,
                "Breach follow-up, order R-1",
                clock.instant(),
                feed.watchExpiry(clock.instant()),
                new AtomicInteger()));
        DeviceId otherDevice = new DeviceId(UUID.randomUUID());
        feed.kept(List.of(subjectFix(otherDevice, subject, authorization, 1)));
        feed.flush();
        feed.kept(List.of(subjectFix(device, subject, authorization, 2)));
        feed.flush();
        clock.advance(Duration.ofMinutes(31));
        feed.kept(List.of(subjectFix(device, subject, authorization, 3)));
        feed.flush();

        sink.await("hello");
        JsonNode moved = sink.await("watch");
        assertThat(moved.path("lat").asDouble())
                .isEqualTo(
                        subjectFix(device, subject, authorization, 2).position().latitude());
        JsonNode end = sink.await("watch-end");
        assertThat(end.path("reason").asString()).isEqualTo("EXPIRED");
        assertThat(end.path("positions").asInt()).isEqualTo(1);
        assertThat(ended).containsExactly("EXPIRED positions=1");
        assertThat(watch.positions().get()).isEqualTo(1);
        assertThat(feed.findWatch("watch-1")).isNull();
    }

    @Test
    void aWatchEndsAtOnceWhenItsOrderEndsAndOthersRunOn() throws InterruptedException {
        MapFeed feed = feed(64);
        Recording sink = new Recording(new CountDownLatch(0));
        feed.open("w", OPERATOR, EnumSet.of(MapLayer.SUBJECTS), sink);
        MonitoringOrderId ending = new MonitoringOrderId(UUID.randomUUID());
        feed.watch(watch("watch-a", "w", ending));
        feed.open("v", OPERATOR, EnumSet.of(MapLayer.SUBJECTS), new Recording(new CountDownLatch(0)));
        feed.watch(watch("watch-b", "v", new MonitoringOrderId(UUID.randomUUID())));

        feed.orderEnded(ending);

        assertThat(feed.findWatch("watch-a")).isNull();
        assertThat(feed.findWatch("watch-b")).isNotNull();
        assertThat(sink.await("watch-end").path("reason").asString()).isEqualTo("ORDER_ENDED");
        assertThat(ended).containsExactly("ORDER_ENDED positions=0");
    }

    private MapWatch watch(String id, String clientId, MonitoringOrderId order) {
        return new MapWatch(
                id,
                clientId,
                OPERATOR,
                order,
                new SubjectId(UUID.randomUUID()),
                new DeviceId(UUID.randomUUID()),
                new AuthorizationId(UUID.randomUUID()),
                "Seguimiento tras la alerta R-2",
                clock.instant(),
                clock.instant().plus(Duration.ofMinutes(30)),
                new AtomicInteger());
    }

    private static StoredFix subjectFix(DeviceId device, SubjectId subject, AuthorizationId authorization, int i) {
        return new StoredFix(
                device,
                subject,
                authorization,
                T0.plusSeconds(i),
                new GeoPoint(-2.91 + i * 0.001, -79.01),
                FixReadings.NONE,
                FixSource.OSMAND,
                T0.plusSeconds(i));
    }
}
