package org.amparo.server.simulator;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.amparo.core.dispatch.IncidentType;
import org.amparo.core.geo.GeoPoint;
import org.amparo.server.simulator.Fleet.Phase;
import org.amparo.server.simulator.Fleet.SimUnit;
import org.amparo.server.simulator.SimCounters.Count;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Emergency calls and the simulated colleagues who handle them. A demo call-taker ({@code dispatcher}) opens
 * incidents through the incident API at the configured rate; about 30 % of callers' handsets send an AML SMS a
 * few seconds later. An incident still OPEN after {@code handleAfter} is dispatched by {@code dispatcher2}, who
 * takes the top proposal; the crew drives there (EN_ROUTE, ON_SCENE through the unit-status API), works a while,
 * returns and becomes AVAILABLE again. Incidents a person handled are left alone. Tick thread only.
 */
final class Calls {
    static final String CALL_TAKER = "dispatcher";
    static final String COLLEAGUE = org.amparo.server.bootstrap.DemoData.COLLEAGUE;
    private static final Duration ON_SCENE_TIME = Duration.ofMinutes(8);

    /** A call the simulator placed, and where its handling stands. */
    private static final class Call {
        final String incidentId;
        final GeoPoint at;
        final Instant openedSim;
        Instant nextLook;

        @Nullable
        SimUnit unit;

        @Nullable
        String unitId;

        Instant until = Instant.MIN;

        Call(String incidentId, GeoPoint at, Instant openedSim, Instant nextLook) {
            this.incidentId = incidentId;
            this.at = at;
            this.openedSim = openedSim;
            this.nextLook = nextLook;
        }
    }

    /** An AML SMS to send later. */
    private record PendingSms(Instant dueSim, String number, GeoPoint at) {}

    private final LoopbackClient http;
    private final Fleet fleet;
    private final SimCounters counters;
    private final RandomGenerator random;
    private final CallSchedule schedule;
    private final Duration handleAfter;
    private final List<Call> calls = new ArrayList<>();
    private final List<PendingSms> sms = new ArrayList<>();

    Calls(
            LoopbackClient http,
            Fleet fleet,
            SimCounters counters,
            RandomGenerator random,
            CallSchedule schedule,
            Duration handleAfter) {
        this.http = http;
        this.fleet = fleet;
        this.counters = counters;
        this.random = random;
        this.schedule = schedule;
        this.handleAfter = handleAfter;
    }

    void tick(Instant simNow, Instant realNow) {
        for (int n = schedule.due(simNow); n > 0; n--) {
            call(simNow);
        }
        for (Iterator<PendingSms> it = sms.iterator(); it.hasNext(); ) {
            PendingSms due = it.next();
            if (!due.dueSim().isAfter(simNow)) {
                it.remove();
                sendSms(due, realNow);
            }
        }
        handle(simNow);
    }

    private void call(Instant simNow) {
        City city = City.draw(random);
        GeoPoint caller = city.randomPoint(random);
        IncidentType type = type();
        String number = "+5939" + digits(8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("callerNumber", number);
        body.put("type", type.name());
        body.put("priority", priority(type));
        body.put("description", "DEMO " + description(type) + " (" + city.label() + ")");
        // the call-taker enters where the caller says, some way off the handset's true position
        body.put("location", point(Mover.offset(caller, 40 + random.nextDouble() * 120, random.nextDouble() * 360)));
        http.postForJson(CALL_TAKER, "/api/v1/incidents", body).ifPresent(created -> {
            counters.add(Count.CALLS);
            calls.add(new Call(created.path("id").asString(""), caller, simNow, simNow.plus(handleAfter)));
            if (random.nextDouble() < 0.3) {
                sms.add(new PendingSms(simNow.plusSeconds(3 + random.nextInt(10)), number, caller));
            }
        });
    }

    private static Map<String, Object> point(GeoPoint p) {
        return Map.of("lat", p.latitude(), "lon", p.longitude());
    }

    private void sendSms(PendingSms due, Instant realNow) {
        GeoPoint handset = Mover.offset(due.at(), random.nextDouble() * 30, random.nextDouble() * 360);
        String text = AmlSms.text(handset, 10 + random.nextInt(40), realNow, "74001" + digits(10), "35" + digits(13));
        HttpRequest.Builder request = http.api(
                        CALL_TAKER, "/api/v1/aml/sms?from=" + URLEncoder.encode(due.number(), StandardCharsets.UTF_8))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        if (http.send(request, "POST /api/v1/aml/sms").ok()) {
            counters.add(Count.AML_SMS);
        }
    }

    /** The colleagues' part: dispatch what nobody took, then drive each crew through its statuses. */
    private void handle(Instant simNow) {
        Map<String, String> board = null;
        for (Iterator<Call> it = calls.iterator(); it.hasNext(); ) {
            Call call = it.next();
            if (call.nextLook.isAfter(simNow)) {
                continue;
            }
            SimUnit unit = call.unit;
            if (unit == null) {
                if (board == null) {
                    board = board();
                }
                String status = board.get(call.incidentId);
                if (status == null || !status.equals("OPEN")) {
                    it.remove(); // a person took it, or it is closed
                    continue;
                }
                dispatch(call, simNow);
            } else if (advance(call, unit, simNow)) {
                it.remove();
            }
        }
    }

    private Map<String, String> board() {
        Map<String, String> statuses = new HashMap<>();
        LoopbackClient.Reply reply = http.get(COLLEAGUE, "/api/v1/incidents?limit=1000");
        if (reply.ok()) {
            for (JsonNode incident : reply.json()) {
                statuses.put(
                        incident.path("id").asString(""),
                        incident.path("status").asString(""));
            }
        }
        return statuses;
    }

    private void dispatch(Call call, Instant simNow) {
        call.nextLook = simNow.plusSeconds(60);
        LoopbackClient.Reply proposals = http.get(COLLEAGUE, "/api/v1/incidents/" + call.incidentId + "/proposals");
        if (!proposals.ok()) {
            return;
        }
        for (JsonNode proposal : proposals.json()) {
            SimUnit unit =
                    fleet.byCallSign(proposal.path("callSign").asString("")).orElse(null);
            if (unit == null || unit.phase != Phase.PATROL) {
                continue;
            }
            String unitId = proposal.path("unitId").asString("");
            if (!http.post(COLLEAGUE, "/api/v1/incidents/" + call.incidentId + "/dispatch", Map.of("unitId", unitId))
                    .ok()) {
                return;
            }
            counters.add(Count.DISPATCHES);
            unitStatus(unitId, "EN_ROUTE");
            unit.phase = Phase.EN_ROUTE;
            unit.mover.head(call.at, unit.type.typicalSpeedMetersPerSecond() * 1.2);
            call.unit = unit;
            call.unitId = unitId;
            call.nextLook = simNow;
            return;
        }
    }

    /** Moves the crew's handling on; true when it is over. */
    private boolean advance(Call call, SimUnit unit, Instant simNow) {
        String unitId = call.unitId == null ? "" : call.unitId;
        switch (unit.phase) {
            case EN_ROUTE -> {
                if (unit.mover.arrived()) {
                    unitStatus(unitId, "ON_SCENE");
                    unit.phase = Phase.ON_SCENE;
                    call.until = simNow.plus(ON_SCENE_TIME.plusSeconds(random.nextInt(300)));
                }
            }
            case ON_SCENE -> {
                if (!simNow.isBefore(call.until)) {
                    unitStatus(unitId, "RETURNING");
                    if (http.post(
                                    COLLEAGUE,
                                    "/api/v1/incidents/" + call.incidentId + "/status",
                                    Map.of("status", "CLOSED"))
                            .ok()) {
                        counters.add(Count.CLOSED_INCIDENTS);
                    }
                    unit.phase = Phase.RETURNING;
                    unit.mover.head(unit.city.randomPoint(random), 30 / 3.6);
                }
            }
            case RETURNING -> {
                if (unit.mover.arrived()) {
                    unitStatus(unitId, "AVAILABLE");
                    unit.phase = Phase.PATROL;
                    return true;
                }
            }
            case PATROL -> {
                return true;
            }
        }
        return false;
    }

    private void unitStatus(String unitId, String status) {
        http.post(COLLEAGUE, "/api/v1/units/" + unitId + "/status", Map.of("status", status));
    }

    private IncidentType type() {
        double r = random.nextDouble();
        if (r < 0.35) {
            return IncidentType.MEDICAL;
        }
        if (r < 0.65) {
            return IncidentType.POLICE;
        }
        if (r < 0.80) {
            return IncidentType.TRAFFIC;
        }
        if (r < 0.88) {
            return IncidentType.FIRE;
        }
        return r < 0.93 ? IncidentType.RESCUE : IncidentType.OTHER;
    }

    private int priority(IncidentType type) {
        return switch (type) {
            case FIRE -> 1;
            case MEDICAL, RESCUE -> 1 + random.nextInt(2);
            case POLICE, TRAFFIC -> 2 + random.nextInt(2);
            case OTHER -> 4;
        };
    }

    private String description(IncidentType type) {
        List<String> texts =
                switch (type) {
                    case MEDICAL ->
                        List.of(
                                "dolor torácico, adulto mayor",
                                "persona inconsciente en la vía",
                                "caída con herida en la cabeza");
                    case POLICE ->
                        List.of("robo a mano armada en tienda", "riña en la vía pública", "violencia intrafamiliar");
                    case TRAFFIC ->
                        List.of("choque entre dos vehículos", "atropello de peatón", "motocicleta accidentada");
                    case FIRE ->
                        List.of("incendio en vivienda", "quema de maleza cerca de casas", "fuga de gas en edificio");
                    case RESCUE ->
                        List.of("persona atrapada en ascensor", "deslizamiento de tierra", "persona en el río");
                    case OTHER -> List.of("animal en la vía", "árbol caído sobre cables");
                };
        return texts.get(random.nextInt(texts.size()));
    }

    private String digits(int n) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }
}
