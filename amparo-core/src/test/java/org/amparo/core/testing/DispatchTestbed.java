package org.amparo.core.testing;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditEntry;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditResult;
import org.amparo.core.dispatch.CallerNumber;
import org.amparo.core.dispatch.DispatchPorts;
import org.amparo.core.dispatch.DispatchService;
import org.amparo.core.dispatch.GreatCircleEtaRanking;
import org.amparo.core.dispatch.Incident;
import org.amparo.core.dispatch.IncidentType;
import org.amparo.core.dispatch.NewIncident;
import org.amparo.core.dispatch.NewUnit;
import org.amparo.core.dispatch.Priority;
import org.amparo.core.dispatch.ProvinceLocator;
import org.amparo.core.dispatch.Unit;
import org.amparo.core.dispatch.UnitService;
import org.amparo.core.dispatch.UnitType;
import org.amparo.core.dispatch.caller.CallerLocationPorts;
import org.amparo.core.dispatch.caller.CallerLocationService;
import org.amparo.core.dispatch.caller.CallerMatcher;
import org.amparo.core.dispatch.caller.MatchWindow;
import org.amparo.core.dispatch.stats.StatisticsService;
import org.amparo.core.engine.Ids;
import org.amparo.core.geo.AdminArea;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.GeoPolygon;
import org.amparo.core.ingest.emergency.aml.AmlHttpsDecoder;
import org.jspecify.annotations.Nullable;

/**
 * The dispatch, unit, caller-location and statistics services wired to fakes, with a fixed clock, seeded identifiers
 * and, unless given others, two square test provinces ({@link #NORTH} around 0°,-78°, {@link #SOUTH} around
 * -3°,-79°). One per test; not thread-safe.
 */
public final class DispatchTestbed {
    /** A call-taker and dispatcher. */
    public static final Actor DORA = new Actor("dora", Set.of(Role.DISPATCHER));
    /** Another dispatcher. */
    public static final Actor DIEGO = new Actor("diego", Set.of(Role.DISPATCHER));
    /** A supervisor. */
    public static final Actor SOFIA = new Actor("sofia", Set.of(Role.SUPERVISOR));
    /** An administrator. */
    public static final Actor ADA = new Actor("ada", Set.of(Role.ADMINISTRATOR));
    /** An auditor: statistics, no live operations. */
    public static final Actor AUGUSTO = new Actor("augusto", Set.of(Role.AUDITOR));
    /** Justification used by tests that read an incident. */
    public static final String WHY = "handling the emergency call";
    /** A test province: the square 1° around (0, -78). */
    public static final AdminArea NORTH = square("N-1", "Norte", -0.5, -78.5);
    /** A test province: the square 1° around (-3, -79). */
    public static final AdminArea SOUTH = square("S-1", "Sur", -3.5, -79.5);

    public final FakeClock clock = new FakeClock();
    public final Ids ids = Ids.seeded(20250301L);
    public final DirectTransactions tx = new DirectTransactions();
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final InMemoryDeviceStore devices = new InMemoryDeviceStore();
    public final InMemoryIncidentStore incidents = new InMemoryIncidentStore();
    public final InMemoryUnitStore units = new InMemoryUnitStore();
    public final InMemoryCallerLocationStore callerLocations = new InMemoryCallerLocationStore();
    public final InMemoryDeadLetterStore deadLetters = new InMemoryDeadLetterStore();
    public final CallerMatcher matcher;
    public final DispatchService dispatch;
    public final UnitService unitService;
    public final CallerLocationService callers;
    public final StatisticsService statistics;

    public DispatchTestbed() {
        this(List.of(NORTH, SOUTH), AmlHttpsDecoder.unauthenticated());
    }

    public DispatchTestbed(List<AdminArea> provinces, AmlHttpsDecoder https) {
        ProvinceLocator locator = new ProvinceLocator(provinces);
        DispatchPorts ports = new DispatchPorts(
                tx, incidents, units, devices, audit, clock, ids, GreatCircleEtaRanking.withDefaults(), () -> locator);
        matcher = new CallerMatcher(new CallerLocationPorts(
                tx, callerLocations, deadLetters, incidents, audit, clock, ids, https, MatchWindow.DEFAULT));
        dispatch = new DispatchService(ports, matcher);
        unitService = new UnitService(ports);
        callers = new CallerLocationService(
                new CallerLocationPorts(
                        tx, callerLocations, deadLetters, incidents, audit, clock, ids, https, MatchWindow.DEFAULT),
                matcher,
                dispatch);
        statistics = new StatisticsService(tx, incidents, audit, clock);
    }

    /** Dora opens an incident for a call from {@code number}, at {@code location} (null: not yet located). */
    public Incident incident(String number, IncidentType type, Priority priority, @Nullable GeoPoint location) {
        return dispatch.createIncident(
                        DORA, new NewIncident(new CallerNumber(number), type, priority, "Av. Solano", "", location))
                .orElseThrow();
    }

    /** Sofia creates an AVAILABLE unit and it reports {@code position} now. */
    public Unit unit(String callSign, UnitType type, GeoPoint position) {
        Unit unit = unitService
                .create(SOFIA, new NewUnit(callSign, type, "Estación 1", 3, null))
                .orElseThrow();
        units.updatePosition(unit.id(), new org.amparo.core.dispatch.UnitPosition(position, clock.instant()));
        return units.find(unit.id()).orElseThrow();
    }

    /** Moves the clock. */
    public void after(Duration d) {
        clock.advance(d);
    }

    /** Audit entries with that result and object type, oldest first. */
    public List<AuditEntry> audited(AuditResult result, AuditObjectType type) {
        return audit.entries().stream()
                .filter(e -> e.record().result() == result && e.record().objectType() == type)
                .toList();
    }

    /** Audit entries with that action, result and object type, oldest first. */
    public List<AuditEntry> audited(AuditAction action, AuditResult result, AuditObjectType type) {
        return audited(result, type).stream()
                .filter(e -> e.record().action() == action)
                .toList();
    }

    private static AdminArea square(String id, String name, double lat, double lon) {
        List<GeoPoint> ring = List.of(
                new GeoPoint(lat, lon),
                new GeoPoint(lat, lon + 1),
                new GeoPoint(lat + 1, lon + 1),
                new GeoPoint(lat + 1, lon),
                new GeoPoint(lat, lon));
        return new AdminArea(id, name, 1, null, new GeoArea(List.of(new GeoPolygon(List.of(ring)))));
    }
}
