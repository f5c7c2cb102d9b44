package org.amparo.server.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.device.Device;
import org.amparo.core.device.DeviceKind;
import org.amparo.core.device.DeviceService;
import org.amparo.core.dispatch.NewUnit;
import org.amparo.core.dispatch.UnitService;
import org.amparo.core.dispatch.UnitStore;
import org.amparo.core.dispatch.UnitType;
import org.amparo.core.engine.Transactions;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.DeviceFix;
import org.amparo.core.ingest.FixReadings;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.location.LocationIngestService;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.config.SimulatorConfig;
import org.amparo.server.security.ApiTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a handful of emergency units in Cuenca and Quito (ambulances, police cars, a fire engine), each
 * with its own agency device, created through the real services and placed by one fix through the real location
 * ingest, so that the dispatcher board and the proposals show something. Created once. While the demo runs, each
 * unit reports a fix near its station every {@link #REPORT_INTERVAL} through the same ingest, as a waiting crew's
 * device would, so that proposals (which need positions younger than a few minutes) keep finding them; with the
 * demo simulator on, the units join its fleet and move instead.
 */
@Component
@Order(10)
public class DemoDispatch implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDispatch.class);
    /** The secret every demo unit's device uses (OsmAnd {@code token}). */
    public static final String UNIT_SECRET = "dev_demo_unit_secret_1";

    /** One demo unit and where its station is. */
    public record DemoUnit(String callSign, UnitType type, String station, int crew, double lat, double lon) {
        public String deviceIdentifier() {
            return "demo-unit-" + callSign.toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("AMB-C1", UnitType.AMBULANCE, "DEMO Hospital Vicente Corral Moscoso", 3, -2.8870, -79.0140),
            new DemoUnit("POL-C1", UnitType.POLICE_CAR, "DEMO UPC El Vergel", 2, -2.9065, -78.9960),
            new DemoUnit("BOM-C1", UnitType.FIRE_ENGINE, "DEMO Estación de Bomberos 1 Cuenca", 5, -2.8990, -79.0030),
            new DemoUnit("AMB-Q1", UnitType.AMBULANCE, "DEMO Hospital Eugenio Espejo", 3, -0.2125, -78.4990),
            new DemoUnit("POL-Q1", UnitType.POLICE_CAR, "DEMO UPC La Mariscal", 2, -0.2030, -78.4920),
            new DemoUnit("POL-Q2", UnitType.POLICE_CAR, "DEMO UPC San Roque", 2, -0.2230, -78.5160));

    /** How often a demo unit's device reports while the demo runs. */
    static final Duration REPORT_INTERVAL = Duration.ofSeconds(60);

    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMINISTRATOR));
    private static final Actor SUPERVISOR = new Actor("supervisor", Set.of(Role.SUPERVISOR));

    private final Settings settings;
    private final DeviceService devices;
    private final UnitService units;
    private final UnitStore unitStore;
    private final LocationIngestService ingest;
    private final Transactions tx;
    private final Clock clock;
    private final TaskScheduler scheduler;
    private final AtomicInteger reports = new AtomicInteger();

    /** The services the demo units are created through. */
    public record Parts(DeviceService devices, UnitService units, UnitStore unitStore, LocationIngestService ingest) {}

    public DemoDispatch(Settings settings, Parts parts, Transactions tx, Clock clock, TaskScheduler scheduler) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.devices = parts.devices();
        this.units = parts.units();
        this.unitStore = parts.unitStore();
        this.ingest = parts.ingest();
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.get(AmparoConfig.DEMO)) {
            return;
        }
        if (!settings.get(SimulatorConfig.ENABLED)) {
            // with the simulator on, these units are part of its fleet and report as they move
            scheduler.scheduleWithFixedDelay(
                    this::reportAll, scheduler.getClock().instant().plus(REPORT_INTERVAL), REPORT_INTERVAL);
        }
        if (tx.inTransaction(() -> unitStore.findByCallSign(UNITS.getFirst().callSign()))
                .isPresent()) {
            return;
        }
        for (DemoUnit unit : UNITS) {
            create(unit);
        }
        LOG.warn(
                "DEMO MODE: {} units in Cuenca and Quito; move one as its device would: curl "
                        + "'http://localhost:{}/?id={}&lat=-2.8975&lon=-79.0045&token={}'",
                UNITS.size(),
                settings.get(AmparoConfig.DEVICES_PORT),
                UNITS.getFirst().deviceIdentifier(),
                UNIT_SECRET);
    }

    private void create(DemoUnit demo) {
        Device device = devices.register(
                        ADMIN,
                        demo.deviceIdentifier(),
                        DeviceKind.AGENCY_UNIT,
                        "DEMO " + demo.callSign(),
                        ApiTokens.sha256(UNIT_SECRET))
                .orElseThrow();
        units.create(SUPERVISOR, new NewUnit(demo.callSign(), demo.type(), demo.station(), demo.crew(), device.id()))
                .orElseThrow();
        ingest.ingest(List.of(fix(demo, 0)));
    }

    /** Every demo unit reports a fix a few metres from its station (alternating sides, so no fix repeats). */
    public void reportAll() {
        try {
            int n = reports.incrementAndGet();
            ingest.ingest(UNITS.stream().map(unit -> fix(unit, n)).toList());
        } catch (RuntimeException e) {
            LOG.warn("demo unit reports failed; trying again at the next interval: {}", e.getMessage());
        }
    }

    private DeviceFix fix(DemoUnit demo, int n) {
        double offset = (n % 2 == 0 ? 1 : -1) * 0.0001;
        return new DeviceFix(
                demo.deviceIdentifier(),
                clock.instant(),
                new GeoPoint(demo.lat() + offset, demo.lon()),
                FixReadings.builder().accuracyMeters(10.0).build(),
                FixSource.REST_BATCH);
    }
}
