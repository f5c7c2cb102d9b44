package org.amparo.server.wiring;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.amparo.core.alert.AlertOutbox;
import org.amparo.core.alert.AlertPorts;
import org.amparo.core.alert.AlertService;
import org.amparo.core.alert.AlertStore;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.device.DeviceStore;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Transactions;
import org.amparo.core.geo.track.MonitoringOrder;
import org.amparo.core.legal.AuthorizationStore;
import org.amparo.core.legal.SubjectStore;
import org.amparo.core.monitoring.MonitoringOrderDefinition;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.amparo.core.monitoring.MonitoringOrderStore;
import org.amparo.core.monitoring.MonitoringPorts;
import org.amparo.core.monitoring.MonitoringService;
import org.amparo.core.monitoring.OrderListener;
import org.amparo.core.monitoring.ZoneStore;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.delivery.AlertDeliveryWorker;
import org.amparo.server.map.MapFeed;
import org.amparo.server.monitoring.GeofenceRuntime;
import org.amparo.store.alert.AlertEraser;
import org.amparo.store.alert.JdbcAlertOutbox;
import org.amparo.store.alert.JdbcAlertStore;
import org.amparo.store.monitoring.JdbcMonitoringOrderStore;
import org.amparo.store.monitoring.JdbcZoneStore;
import org.amparo.store.transparency.JdbcStatistics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires zones, monitoring orders and alerts: their JDBC stores and core services. */
@Configuration(proxyBeanMethods = false)
public class MonitoringWiring {

    @Bean
    ZoneStore zoneStore(DataSource ds) {
        return new JdbcZoneStore(ds);
    }

    @Bean
    MonitoringOrderStore monitoringOrderStore(DataSource ds) {
        return new JdbcMonitoringOrderStore(ds);
    }

    @Bean
    AlertStore alertStore(DataSource ds) {
        return new JdbcAlertStore(ds);
    }

    /** Deletes alerts and orders produced under a rejected or lapsed authorization. */
    @Bean
    AlertEraser alertEraser(DataSource ds) {
        return new AlertEraser(ds);
    }

    /**
     * Orders reach the runtime (and an ended order the live map's watches) after commit; looked up lazily,
     * because the runtime needs this service.
     */
    @Bean
    MonitoringService monitoringService(
            Transactions tx,
            ZoneStore zones,
            MonitoringOrderStore orders,
            DeviceStore devices,
            AuthorizationStore authorizations,
            SubjectStore subjects,
            AuditLog audit,
            Clock clock,
            Ids ids,
            ObjectProvider<GeofenceRuntime> runtime,
            ObjectProvider<MapFeed> mapFeed) {
        OrderListener toRuntime = new OrderListener() {
            @Override
            public void started(MonitoringOrderDefinition order, MonitoringOrder engineOrder) {
                runtime.getObject().started(order, engineOrder);
            }

            @Override
            public void ended(MonitoringOrderId order) {
                runtime.getObject().ended(order);
                mapFeed.ifAvailable(feed -> feed.orderEnded(order));
            }
        };
        return new MonitoringService(
                new MonitoringPorts(tx, zones, orders, devices, authorizations, subjects, audit, clock, ids),
                toRuntime);
    }

    /** The outbox for external alert channels: those configured, none by default. */
    @Bean
    JdbcAlertOutbox alertOutbox(DataSource ds, Settings settings, Clock clock) {
        List<String> channels = new java.util.ArrayList<>();
        if (!settings.get(AmparoConfig.ALERT_WEBHOOK_URL).isEmpty()) {
            channels.add(AlertDeliveryWorker.WEBHOOK);
        }
        if (!settings.get(AmparoConfig.ALERT_MQTT_TOPIC).isEmpty()) {
            if (settings.get(AmparoConfig.MQTT_URL).isEmpty()) {
                throw new IllegalArgumentException("amparo.alerts.mqtt-topic needs amparo.mqtt.url");
            }
            channels.add(AlertDeliveryWorker.MQTT);
        }
        return new JdbcAlertOutbox(ds, channels, clock);
    }

    @Bean
    AlertService alertService(
            Transactions tx,
            AlertStore alerts,
            MonitoringOrderStore orders,
            AuditLog audit,
            JdbcStatistics statistics,
            Clock clock,
            Ids ids,
            AlertOutbox outbox) {
        return new AlertService(new AlertPorts(tx, alerts, orders, audit, statistics, clock, ids, outbox));
    }
}
