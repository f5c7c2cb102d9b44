package org.amparo.server.wiring;

import java.time.Clock;
import javax.sql.DataSource;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.device.DeviceService;
import org.amparo.core.device.DeviceStore;
import org.amparo.core.dispatch.DispatchPorts;
import org.amparo.core.dispatch.DispatchService;
import org.amparo.core.dispatch.GreatCircleEtaRanking;
import org.amparo.core.dispatch.IncidentStore;
import org.amparo.core.dispatch.Suitability;
import org.amparo.core.dispatch.UnitRanking;
import org.amparo.core.dispatch.UnitService;
import org.amparo.core.dispatch.UnitStore;
import org.amparo.core.dispatch.caller.CallerLocationPorts;
import org.amparo.core.dispatch.caller.CallerLocationService;
import org.amparo.core.dispatch.caller.CallerLocationStore;
import org.amparo.core.dispatch.caller.CallerMatcher;
import org.amparo.core.dispatch.caller.CallerRetention;
import org.amparo.core.dispatch.caller.DeadLetterStore;
import org.amparo.core.dispatch.caller.MatchWindow;
import org.amparo.core.dispatch.stats.IncidentFactsSource;
import org.amparo.core.dispatch.stats.StatisticsService;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Transactions;
import org.amparo.core.geo.AdminAreaStore;
import org.amparo.core.ingest.emergency.aml.AmlHttpsDecoder;
import org.amparo.core.location.LocationIngestService;
import org.amparo.server.bootstrap.DemoDispatch;
import org.amparo.server.config.DispatchConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.dispatch.ProvinceDirectory;
import org.amparo.store.dispatch.CallerLocationPurger;
import org.amparo.store.dispatch.DeadLetterPurger;
import org.amparo.store.dispatch.IncidentPersonalDataPurger;
import org.amparo.store.dispatch.JdbcCallerLocationStore;
import org.amparo.store.dispatch.JdbcDeadLetterStore;
import org.amparo.store.dispatch.JdbcIncidentFacts;
import org.amparo.store.dispatch.JdbcIncidentStore;
import org.amparo.store.dispatch.JdbcUnitStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires emergency dispatch: incidents, units, caller-location intake and matching, statistics, their JDBC stores and
 * retention purgers. {@link UnitService} is a kept-fix listener: agency devices' fixes move their units.
 */
@Configuration(proxyBeanMethods = false)
public class DispatchWiring {

    @Bean
    IncidentStore incidentStore(DataSource ds) {
        return new JdbcIncidentStore(ds);
    }

    @Bean
    UnitStore unitStore(DataSource ds) {
        return new JdbcUnitStore(ds);
    }

    @Bean
    CallerLocationStore callerLocationStore(DataSource ds) {
        return new JdbcCallerLocationStore(ds);
    }

    @Bean
    DeadLetterStore deadLetterStore(DataSource ds) {
        return new JdbcDeadLetterStore(ds);
    }

    @Bean
    IncidentFactsSource incidentFacts(DataSource ds) {
        return new JdbcIncidentFacts(ds);
    }

    @Bean
    ProvinceDirectory provinceDirectory(AdminAreaStore areas, Transactions tx) {
        return new ProvinceDirectory(areas, tx);
    }

    /** The replaceable ranking: great-circle ETA over positions no older than the configured age. */
    @Bean
    UnitRanking unitRanking(Settings settings) {
        return new GreatCircleEtaRanking(Suitability.defaults(), settings.get(DispatchConfig.MAX_POSITION_AGE));
    }

    @Bean
    DispatchPorts dispatchPorts(
            Transactions tx,
            IncidentStore incidents,
            UnitStore units,
            DeviceStore devices,
            AuditLog audit,
            Clock clock,
            Ids ids,
            UnitRanking ranking,
            ProvinceDirectory provinces) {
        return new DispatchPorts(tx, incidents, units, devices, audit, clock, ids, ranking, provinces);
    }

    @Bean
    CallerRetention callerRetention(Settings settings) {
        CallerRetention retention = new CallerRetention(
                settings.get(DispatchConfig.UNMATCHED_RETENTION), settings.get(DispatchConfig.DEAD_LETTER_RETENTION));
        if (!retention.coversWindow(matchWindow(settings))) {
            throw new IllegalArgumentException(CallerRetention.UNMATCHED_KEY + " must be longer than "
                    + MatchWindow.CONFIG_KEY + ", or unmatched locations are purged before their call can match");
        }
        return retention;
    }

    /**
     * The AML HTTPS decoder: it checks the HMAC under the configured key; without a key it refuses every message
     * (kept as a dead letter), since an unauthenticated sender must not place a caller on the map.
     */
    @Bean
    AmlHttpsDecoder amlHttpsDecoder(Settings settings) {
        byte[] key = settings.optional(DispatchConfig.AML_HMAC_KEY);
        return key == null ? AmlHttpsDecoder.refusingAll() : AmlHttpsDecoder.withKey(key);
    }

    @Bean
    CallerLocationPorts callerLocationPorts(
            Transactions tx,
            CallerLocationStore locations,
            DeadLetterStore deadLetters,
            IncidentStore incidents,
            AuditLog audit,
            Clock clock,
            Ids ids,
            AmlHttpsDecoder https,
            Settings settings) {
        return new CallerLocationPorts(
                tx, locations, deadLetters, incidents, audit, clock, ids, https, matchWindow(settings));
    }

    @Bean
    CallerMatcher callerMatcher(CallerLocationPorts ports) {
        return new CallerMatcher(ports);
    }

    @Bean
    DispatchService dispatchService(DispatchPorts ports, CallerMatcher matcher) {
        return new DispatchService(ports, matcher);
    }

    @Bean
    UnitService unitService(DispatchPorts ports) {
        return new UnitService(ports);
    }

    @Bean
    CallerLocationService callerLocationService(
            CallerLocationPorts ports, CallerMatcher matcher, DispatchService dispatch) {
        return new CallerLocationService(ports, matcher, dispatch);
    }

    @Bean
    StatisticsService incidentStatistics(Transactions tx, IncidentFactsSource facts, AuditLog audit, Clock clock) {
        return new StatisticsService(tx, facts, audit, clock);
    }

    @Bean
    CallerLocationPurger callerLocationPurger(DataSource ds, Clock clock, CallerRetention retention) {
        return new CallerLocationPurger(ds, clock, retention);
    }

    /** The caller numbers, texts and exact positions of closed incidents, after their retention age. */
    @Bean
    IncidentPersonalDataPurger incidentPersonalDataPurger(DataSource ds, Clock clock) {
        return new IncidentPersonalDataPurger(ds, clock);
    }

    @Bean
    DeadLetterPurger deadLetterPurger(DataSource ds, Clock clock, CallerRetention retention) {
        return new DeadLetterPurger(ds, clock, retention);
    }

    @Bean
    DemoDispatch.Parts demoDispatchParts(
            DeviceService devices, UnitService units, UnitStore unitStore, LocationIngestService ingest) {
        return new DemoDispatch.Parts(devices, units, unitStore, ingest);
    }

    private static MatchWindow matchWindow(Settings settings) {
        return new MatchWindow(settings.get(DispatchConfig.MATCH_WINDOW));
    }
}
