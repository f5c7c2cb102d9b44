package org.amparo.server.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.amparo.core.alert.Alert;
import org.amparo.core.alert.AlertService;
import org.amparo.core.geo.track.Fix;
import org.amparo.core.geo.track.GeofenceEngine;
import org.amparo.core.geo.track.MonitoringOrder;
import org.amparo.core.geo.track.RuleEvent;
import org.amparo.core.geo.track.RuleStatus;
import org.amparo.core.legal.AuthorizationEvent;
import org.amparo.core.legal.AuthorizationEventListener;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.location.KeptFixListener;
import org.amparo.core.location.StoredFix;
import org.amparo.core.monitoring.MonitoringOrderDefinition;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.amparo.core.monitoring.MonitoringService;
import org.amparo.core.monitoring.OrderListener;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.events.EventHub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Runs the one {@link GeofenceEngine} of this instance: registers every active order at start and
 * each order as it starts or ends; evaluates every kept fix; ticks every
 * {@code amparo.geofence.tick-interval} for silence, schedules and escalation. Rule events become
 * alerts through {@link AlertService}; changed alerts are published live with ids and types only.
 * An event whose alert could not be written (database down) is kept and retried at the next tick,
 * never dropped. The engine is not thread-safe: every use holds one lock, so events of one order
 * are applied in order.
 */
@Component
public class GeofenceRuntime implements KeptFixListener, OrderListener, AuthorizationEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(GeofenceRuntime.class);
    /** Accuracy assumed for a fix that reports none, in metres. */
    public static final double DEFAULT_ACCURACY_METERS = 10;

    private final ReentrantLock lock = new ReentrantLock();
    private final GeofenceEngine engine;
    private final Map<String, AuthorizationId> authorizationOf = new HashMap<>();
    private final ArrayDeque<RuleEvent> pending = new ArrayDeque<>();
    private final AtomicLong failures = new AtomicLong();
    private final MonitoringService monitoring;
    private final AlertService alerts;
    private final EventHub events;
    private final Settings settings;
    private final TaskScheduler scheduler;
    private final Clock clock;

    public GeofenceRuntime(
            MonitoringService monitoring,
            AlertService alerts,
            EventHub events,
            Settings settings,
            TaskScheduler scheduler,
            Clock clock) {
        this.monitoring = monitoring;
        this.alerts = alerts;
        this.events = events;
        this.settings = settings;
        this.scheduler = scheduler;
        this.clock = clock;
        this.engine = new GeofenceEngine(clock);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        var active = monitoring.activeOrders();
        lock.lock();
        try {
            for (var entry : active) {
                register(entry.getKey(), entry.getValue());
            }
        } finally {
            lock.unlock();
        }
        LOG.info("geofence runtime monitors {} active orders", active.size());
        scheduler.scheduleWithFixedDelay(this::tick, settings.get(AmparoConfig.GEOFENCE_TICK_INTERVAL));
    }

    @Override
    public void started(MonitoringOrderDefinition order, MonitoringOrder engineOrder) {
        lock.lock();
        try {
            register(order, engineOrder);
        } finally {
            lock.unlock();
        }
    }

    private void register(MonitoringOrderDefinition order, MonitoringOrder engineOrder) {
        engine.register(engineOrder);
        authorizationOf.put(engineOrder.id(), order.authorizationId());
    }

    @Override
    public void ended(MonitoringOrderId order) {
        lock.lock();
        try {
            engine.remove(order.toString());
            authorizationOf.remove(order.toString());
        } finally {
            lock.unlock();
        }
    }

    /** Ends the orders of an authorization that was rejected, revoked or expired. */
    @Override
    public void on(AuthorizationEvent event) {
        switch (event) {
            case AuthorizationEvent.Rejected e -> authorizationEnded(e.authorizationId());
            case AuthorizationEvent.Revoked e -> authorizationEnded(e.authorizationId());
            case AuthorizationEvent.Expired e -> authorizationEnded(e.authorizationId());
            case AuthorizationEvent.Requested e -> {}
            case AuthorizationEvent.Approved e -> {}
        }
    }

    /**
     * Ends the stored orders under the authorization and drops from the engine every order under it,
     * also those whose rows an eraser already deleted.
     */
    public void authorizationEnded(AuthorizationId authorization) {
        monitoring.authorizationEnded(authorization);
        lock.lock();
        try {
            List<String> orders = authorizationOf.entrySet().stream()
                    .filter(e -> e.getValue().equals(authorization))
                    .map(Map.Entry::getKey)
                    .toList();
            for (String order : orders) {
                engine.remove(order);
                authorizationOf.remove(order);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void kept(List<StoredFix> fixes) {
        lock.lock();
        try {
            List<RuleEvent> raised = new ArrayList<>();
            for (StoredFix fix : fixes) {
                engine.accept(toFix(fix), raised::add);
            }
            raised.forEach(this::apply);
        } finally {
            lock.unlock();
        }
    }

    /** The engine's view of a stored fix. */
    static Fix toFix(StoredFix fix) {
        Double accuracy = fix.readings().accuracyMeters();
        return new Fix(
                fix.device().toString(),
                fix.at(),
                fix.position(),
                accuracy == null ? DEFAULT_ACCURACY_METERS : accuracy,
                fix.readings().batteryPercent());
    }

    /** Lets time pass: retries kept events, advances silence and schedules, escalates overdue alerts. */
    public void tick() {
        Instant now = clock.instant();
        lock.lock();
        try {
            int retry = pending.size();
            for (int i = 0; i < retry; i++) {
                RuleEvent event = pending.poll();
                if (event != null) {
                    apply(event);
                }
            }
            List<RuleEvent> raised = new ArrayList<>();
            engine.tick(now, raised::add);
            raised.forEach(this::apply);
        } catch (RuntimeException e) {
            LOG.error("geofence tick failed; retrying at the next interval", e);
        } finally {
            lock.unlock();
        }
        try {
            alerts.escalateOverdue(now, settings.get(AmparoConfig.ALERT_ACK_TIMEOUT))
                    .forEach(this::publish);
        } catch (RuntimeException e) {
            LOG.error("alert escalation failed; retrying at the next interval", e);
        }
    }

    private void apply(RuleEvent event) {
        try {
            alerts.onRuleEvent(event).ifPresent(this::publish);
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            pending.add(event);
            LOG.error("rule event of order {} kept for retry: {}", event.orderId(), e.getMessage());
        }
    }

    /** Publishes an alert change: ids, type and status only, never names or positions. */
    public void publish(Alert alert) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("alertId", alert.id().toString());
        data.put("type", alert.type().name());
        data.put("status", alert.status().name());
        data.put("orderId", alert.orderId().toString());
        events.publish("alert", data);
    }

    /** The current state of an order's rules; empty when the order is not monitored here. */
    public List<RuleStatus> status(MonitoringOrderId order) {
        lock.lock();
        try {
            return engine.monitor(order.toString()).map(m -> m.status()).orElse(List.of());
        } finally {
            lock.unlock();
        }
    }

    /** Rule events whose alert write failed and waits for a retry. */
    public int pendingEvents() {
        lock.lock();
        try {
            return pending.size();
        } finally {
            lock.unlock();
        }
    }

    public long failures() {
        return failures.get();
    }
}
