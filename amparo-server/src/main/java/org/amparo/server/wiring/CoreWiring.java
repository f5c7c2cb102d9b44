package org.amparo.server.wiring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.amparo.core.access.UserStore;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.device.DevicePorts;
import org.amparo.core.device.DeviceService;
import org.amparo.core.device.DeviceStore;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Transactions;
import org.amparo.core.geo.AdminAreaStore;
import org.amparo.core.ingest.quality.FixFilter;
import org.amparo.core.ingest.quality.FixFilterConfig;
import org.amparo.core.legal.AuthorizationEventListener;
import org.amparo.core.legal.AuthorizationPorts;
import org.amparo.core.legal.AuthorizationService;
import org.amparo.core.legal.AuthorizationStore;
import org.amparo.core.legal.NotificationTaskStore;
import org.amparo.core.legal.ProcessingPolicy;
import org.amparo.core.legal.ProducedDataEraser;
import org.amparo.core.legal.SubjectService;
import org.amparo.core.legal.SubjectStore;
import org.amparo.core.location.IngestPorts;
import org.amparo.core.location.KeptFixListener;
import org.amparo.core.location.LocationFixStore;
import org.amparo.core.location.LocationIngestService;
import org.amparo.core.retention.DataClass;
import org.amparo.core.retention.RetentionPolicy;
import org.amparo.core.retention.RetentionPorts;
import org.amparo.core.retention.RetentionPurger;
import org.amparo.core.retention.RetentionService;
import org.amparo.core.transparency.TransparencyService;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.dispatch.KeptFixFanOut;
import org.amparo.server.events.EventHub;
import org.amparo.store.Database;
import org.amparo.store.DatabaseConfig;
import org.amparo.store.access.JdbcUserStore;
import org.amparo.store.audit.AuditLogPurger;
import org.amparo.store.audit.JdbcAuditLog;
import org.amparo.store.device.JdbcDeviceStore;
import org.amparo.store.geo.JdbcAdminAreaStore;
import org.amparo.store.legal.JdbcAuthorizationStore;
import org.amparo.store.legal.JdbcNotificationTaskStore;
import org.amparo.store.legal.JdbcSubjectStore;
import org.amparo.store.legal.SubjectRecordPurger;
import org.amparo.store.location.JdbcDropCounter;
import org.amparo.store.location.JdbcLocationFixStore;
import org.amparo.store.location.LocationFixEraser;
import org.amparo.store.transparency.JdbcStatistics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Wires the plain-Java core and the JDBC stores explicitly: no classpath scanning reaches into them.
 * The database is the embedded H2 file under {@code amparo.data-dir} unless a URL is configured.
 */
@Configuration(proxyBeanMethods = false)
public class CoreWiring {

    @Bean
    Settings settings(ConfigurableEnvironment environment) {
        return new Settings(environment);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    Database database(Settings settings) throws java.io.IOException {
        String url = settings.get(AmparoConfig.DATABASE_URL);
        if (url.isEmpty()) {
            Path dir = settings.get(AmparoConfig.DATA_DIR).toAbsolutePath();
            Files.createDirectories(dir);
            url = "jdbc:h2:file:" + dir.resolve("amparo") + ";AUTO_SERVER=FALSE";
        }
        return new Database(new DatabaseConfig(
                url,
                settings.get(AmparoConfig.DATABASE_USERNAME),
                settings.get(AmparoConfig.DATABASE_PASSWORD),
                settings.get(AmparoConfig.DATABASE_POOL_SIZE),
                null));
    }

    @Bean
    DataSource dataSource(Database database) {
        return database.dataSource();
    }

    @Bean
    Transactions transactions(Database database) {
        return database.transactions();
    }

    @Bean
    SubjectStore subjectStore(DataSource ds) {
        return new JdbcSubjectStore(ds);
    }

    @Bean
    AuthorizationStore authorizationStore(DataSource ds) {
        return new JdbcAuthorizationStore(ds);
    }

    @Bean
    NotificationTaskStore notificationTaskStore(DataSource ds) {
        return new JdbcNotificationTaskStore(ds);
    }

    @Bean
    AuditLog auditLog(DataSource ds) {
        return new JdbcAuditLog(ds);
    }

    @Bean
    JdbcStatistics statistics(DataSource ds) {
        return new JdbcStatistics(ds);
    }

    @Bean
    UserStore userStore(DataSource ds) {
        return new JdbcUserStore(ds);
    }

    @Bean
    AdminAreaStore adminAreaStore(DataSource ds) {
        return new JdbcAdminAreaStore(ds);
    }

    @Bean
    DeviceStore deviceStore(DataSource ds) {
        return new JdbcDeviceStore(ds);
    }

    @Bean
    DeviceService deviceService(
            Transactions tx,
            DeviceStore devices,
            AuthorizationStore authorizations,
            AuditLog audit,
            Clock clock,
            Ids ids) {
        return new DeviceService(new DevicePorts(tx, devices, authorizations, audit, clock, ids));
    }

    @Bean
    LocationFixStore locationFixStore(DataSource ds) {
        return new JdbcLocationFixStore(ds);
    }

    @Bean
    JdbcDropCounter dropCounter(DataSource ds) {
        return new JdbcDropCounter(ds);
    }

    @Bean
    FixFilter fixFilter(Clock clock) {
        return new FixFilter(clock, FixFilterConfig.DEFAULTS);
    }

    /**
     * The location pipeline. Kept fixes go to every {@link KeptFixListener} bean (the geofence runtime, the
     * dispatch units), each isolated from the others' failures; without any they are stored and nothing else.
     */
    @Bean
    LocationIngestService locationIngestService(
            Transactions tx,
            DeviceStore devices,
            AuthorizationStore authorizations,
            LocationFixStore fixes,
            JdbcDropCounter drops,
            FixFilter filter,
            AuditLog audit,
            ObjectProvider<KeptFixListener> listeners,
            Clock clock) {
        KeptFixListener fanOut = new KeptFixFanOut(listeners);
        return new LocationIngestService(
                new IngestPorts(tx, devices, authorizations, fixes, drops, filter, audit, fanOut, clock));
    }

    @Bean
    Ids ids() {
        return Ids.random();
    }

    @Bean
    ProcessingPolicy processingPolicy(AuthorizationStore authorizations) {
        return new ProcessingPolicy(authorizations);
    }

    @Bean
    AuthorizationService authorizationService(
            Transactions tx,
            SubjectStore subjects,
            AuthorizationStore authorizations,
            NotificationTaskStore notifications,
            AuditLog audit,
            JdbcStatistics statistics,
            ObjectProvider<ProducedDataEraser> erasers,
            ObjectProvider<AuthorizationEventListener> listeners,
            Clock clock,
            Ids ids) {
        AuthorizationEventListener fanOut = event -> listeners.orderedStream().forEach(l -> l.on(event));
        return new AuthorizationService(new AuthorizationPorts(
                tx,
                subjects,
                authorizations,
                notifications,
                audit,
                statistics,
                erasers.orderedStream().toList(),
                fanOut,
                clock,
                ids));
    }

    @Bean
    ProducedDataEraser locationFixEraser(DataSource ds) {
        return new LocationFixEraser(ds);
    }

    /** Live pages hear of every lifecycle change. */
    @Bean
    AuthorizationEventListener liveAuthorizationEvents(EventHub events) {
        return events::authorizationEvent;
    }

    @Bean
    SubjectService subjectService(Transactions tx, SubjectStore subjects, AuditLog audit, Clock clock, Ids ids) {
        return new SubjectService(tx, subjects, audit, clock, ids);
    }

    @Bean
    TransparencyService transparencyService(JdbcStatistics statistics, Clock clock) {
        return new TransparencyService(statistics, clock);
    }

    /** The purge of every data class: the core's own purgers and every {@link RetentionPurger} bean. */
    @Bean
    RetentionService retentionService(
            Settings settings,
            DataSource ds,
            Transactions tx,
            AuditLog audit,
            JdbcStatistics statistics,
            Clock clock,
            ObjectProvider<RetentionPurger> more) {
        Map<DataClass, java.time.Duration> ages = new EnumMap<>(DataClass.class);
        for (DataClass dataClass : DataClass.values()) {
            ages.put(dataClass, java.time.Duration.ofDays(settings.get(AmparoConfig.retentionDays(dataClass))));
        }
        List<RetentionPurger> purgers =
                new java.util.ArrayList<>(List.of(new AuditLogPurger(ds), new SubjectRecordPurger(ds)));
        more.orderedStream().forEach(purgers::add);
        return new RetentionService(
                new RetentionPorts(purgers, tx, audit, statistics, clock),
                RetentionPolicy.of(ages),
                RetentionService.DEFAULT_BATCH_SIZE);
    }
}
