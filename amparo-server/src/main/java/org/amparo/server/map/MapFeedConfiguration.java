package org.amparo.server.map;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.dispatch.Unit;
import org.amparo.core.dispatch.UnitPosition;
import org.amparo.core.dispatch.UnitService;
import org.amparo.core.dispatch.UnitStore;
import org.amparo.core.engine.Transactions;
import org.amparo.core.legal.AuthorizationEvent;
import org.amparo.core.legal.AuthorizationEventListener;
import org.amparo.server.camera.CameraPullers;
import org.amparo.server.config.MapConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.events.EventHub;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live map's feed, its flusher and the threads that write to the map streams. */
@Configuration(proxyBeanMethods = false)
public class MapFeedConfiguration {
    /** How long a watch of a monitored subject lasts on one map. */
    static final Duration WATCH_DURATION = Duration.ofMinutes(30);

    /** One virtual thread per client drain: a slow client's blocked write holds no platform thread. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService mapSender() {
        return Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("amparo-map-send-", 1).factory());
    }

    @Bean
    MapFeed mapFeed(
            Settings settings,
            Transactions tx,
            UnitStore units,
            ObjectProvider<CameraPullers> pullers,
            AuditLog audit,
            Clock clock,
            EventHub hub,
            ExecutorService mapSender) {
        MapFeed.Ports ports = new MapFeed.Ports() {
            @Override
            public List<MapFeed.UnitRow> units() {
                return tx.inTransaction(() -> units.all(UnitService.MAX_LIST)).stream()
                        .map(MapFeedConfiguration::row)
                        .toList();
            }

            @Override
            public Map<String, String> cameraStates() {
                CameraPullers available = pullers.getIfAvailable();
                return available == null
                        ? Map.of()
                        : available.states().entrySet().stream()
                                .collect(Collectors.toMap(e -> e.getKey().toString(), e -> e.getValue()
                                        .name()));
            }

            @Override
            public void watchEnded(MapWatch watch, MapWatch.End reason) {
                tx.inTransaction(() -> {
                    audit.append(AuditRecord.by(watch.actor(), clock.instant())
                            .authorization(watch.authorization())
                            .justification(watch.justification())
                            .detail("live map watch end order=" + watch.order() + " reason=" + reason + " positions="
                                    + watch.positions().get())
                            .success(AuditAction.READ, AuditObjectType.LOCATION_TRACK, watch.subject()));
                    return watch;
                });
            }
        };
        MapFeed feed = new MapFeed(ports, clock, mapSender, settings.get(MapConfig.CLIENT_BUFFER), WATCH_DURATION);
        hub.listen(feed::onEvent);
        return feed;
    }

    /**
     * A watch stops the moment its authorization is rejected, revoked or expires, not at its own expiry. Heard
     * before the geofence runtime ends the authorization's orders, so the watch's end names the authorization.
     */
    @Bean
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
    AuthorizationEventListener mapWatchAuthorizationEnd(MapFeed feed) {
        return event -> {
            switch (event) {
                case AuthorizationEvent.Rejected e -> feed.authorizationEnded(e.authorizationId());
                case AuthorizationEvent.Revoked e -> feed.authorizationEnded(e.authorizationId());
                case AuthorizationEvent.Expired e -> feed.authorizationEnded(e.authorizationId());
                case AuthorizationEvent.Requested e -> {}
                case AuthorizationEvent.Approved e -> {}
            }
        };
    }

    @Bean
    MapFlusher mapFlusher(MapFeed feed, Settings settings) {
        return new MapFlusher(feed, settings.get(MapConfig.FLUSH_INTERVAL));
    }

    @Bean
    MapLayerController.Services mapLayerServices(
            UnitService units,
            org.amparo.core.dispatch.DispatchService dispatch,
            org.amparo.core.dispatch.stats.StatisticsService statistics,
            org.amparo.core.monitoring.MonitoringService monitoring) {
        return new MapLayerController.Services(units, dispatch, statistics, monitoring);
    }

    @Bean
    MapWatchController.Reads mapWatchReads(
            org.amparo.core.monitoring.MonitoringService monitoring,
            org.amparo.server.api.SubjectTracks tracks,
            org.amparo.core.engine.Ids ids) {
        return new MapWatchController.Reads(monitoring, tracks, ids);
    }

    @Bean
    org.amparo.server.web.MapPageController.Layers mapPageLayers(
            org.amparo.core.alert.AlertService alerts,
            org.amparo.core.camera.CameraService cameras,
            org.amparo.core.face.FaceMatchService faceMatches,
            ObjectProvider<CameraPullers> pullers) {
        return new org.amparo.server.web.MapPageController.Layers(alerts, cameras, faceMatches, pullers);
    }

    private static MapFeed.UnitRow row(Unit unit) {
        UnitPosition position = unit.lastPosition();
        return new MapFeed.UnitRow(
                unit.id().toString(),
                unit.device(),
                unit.status(),
                unit.assignment() == null ? null : String.valueOf(unit.assignment()),
                position == null ? null : position.point());
    }
}
