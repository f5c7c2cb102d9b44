package org.amparo.server.map;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.amparo.core.access.Actor;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.dispatch.DispatchService;
import org.amparo.core.dispatch.IncidentSummary;
import org.amparo.core.dispatch.ProvinceRef;
import org.amparo.core.dispatch.Unit;
import org.amparo.core.dispatch.UnitPosition;
import org.amparo.core.dispatch.UnitService;
import org.amparo.core.dispatch.stats.ProvinceComparison;
import org.amparo.core.dispatch.stats.StatisticsService;
import org.amparo.core.engine.Transactions;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.monitoring.MonitoringOrderDefinition;
import org.amparo.core.monitoring.MonitoringService;
import org.amparo.core.monitoring.RuleSpec;
import org.amparo.server.api.Outcomes;
import org.amparo.server.config.DispatchConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.security.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The live map's dispatch and monitoring layers, each through the audited core service that guards it: units by
 * status, open incidents by priority (no caller data), incidents per province (aggregates), and the active
 * monitoring orders a watch can be started on (ids and rule kinds only: no name, no position).
 */
@RestController
public class MapLayerController {
    private final UnitService units;
    private final DispatchService dispatch;
    private final StatisticsService statistics;
    private final MonitoringService monitoring;
    private final Transactions tx;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    /** The services the layers are read through. */
    public record Services(
            UnitService units, DispatchService dispatch, StatisticsService statistics, MonitoringService monitoring) {}

    public MapLayerController(Services services, Transactions tx, AuditLog audit, Clock clock, Settings settings) {
        this.units = services.units();
        this.dispatch = services.dispatch();
        this.statistics = services.statistics();
        this.monitoring = services.monitoring();
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
        this.zone = settings.get(DispatchConfig.STATS_ZONE);
    }

    /**
     * The units with a position: {@code {"units":[{id, callSign, type, status, incidentId, lon, lat, at}]}};
     * through the audited unit list.
     */
    @GetMapping("/map/units.json")
    ObjectNode units(Authentication auth) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode rows = out.putArray("units");
        for (Unit unit : Outcomes.value(units.list(CurrentActor.of(auth), UnitService.MAX_LIST))) {
            UnitPosition position = unit.lastPosition();
            if (position == null) {
                continue;
            }
            rows.addObject()
                    .put("id", unit.id().toString())
                    .put("callSign", unit.callSign())
                    .put("type", unit.type().name())
                    .put("status", unit.status().name())
                    .put("incidentId", unit.assignment() == null ? null : String.valueOf(unit.assignment()))
                    .put("lon", position.point().longitude())
                    .put("lat", position.point().latitude())
                    .put("at", position.at().toString());
        }
        return out;
    }

    /**
     * The open incidents that have a location: {@code {"incidents":[{id, type, priority, status, lon, lat,
     * createdAt}]}}; the board's summary, never a caller number or description.
     */
    @GetMapping("/map/incidents.json")
    ObjectNode incidents(Authentication auth) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode rows = out.putArray("incidents");
        for (IncidentSummary incident :
                Outcomes.value(dispatch.listOpen(CurrentActor.of(auth), DispatchService.MAX_LIST))) {
            GeoPoint at = incident.location();
            if (at == null) {
                continue;
            }
            rows.addObject()
                    .put("id", incident.id().toString())
                    .put("type", incident.type().name())
                    .put("priority", incident.priority().level())
                    .put("status", incident.status().name())
                    .put("lon", at.longitude())
                    .put("lat", at.latitude())
                    .put("createdAt", incident.createdAt().toString());
        }
        return out;
    }

    /**
     * Incidents opened per province in the last 24 hours and the last 7 days, by the province's area id (as in
     * {@code /map/areas.json}): {@code {"day":{areaId: n}, "week":{areaId: n}, "unlocated":{"day":n,"week":n}}}.
     */
    @GetMapping("/map/choropleth.json")
    ObjectNode choropleth(Authentication auth) {
        Actor actor = CurrentActor.of(auth);
        Instant now = clock.instant();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ObjectNode unlocated = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, Duration> period :
                List.of(Map.entry("day", Duration.ofHours(24)), Map.entry("week", Duration.ofDays(7)))) {
            ObjectNode counts = out.putObject(period.getKey());
            long none = 0;
            for (ProvinceComparison row :
                    Outcomes.value(statistics.compareWithYearBefore(actor, now.minus(period.getValue()), now, zone))) {
                ProvinceRef province = row.province();
                if (province == null) {
                    none += row.after();
                } else if (row.after() > 0) {
                    counts.put(province.id(), row.after());
                }
            }
            unlocated.put(period.getKey(), none);
        }
        out.set("unlocated", unlocated);
        return out;
    }

    /**
     * The active monitoring orders a watch may be started on: {@code {"orders":[{id, createdAt, rules:[kind]}]}};
     * no subject, device or position. The listing is audited.
     */
    @GetMapping("/map/orders.json")
    ObjectNode orders(Authentication auth) {
        Actor actor = CurrentActor.of(auth);
        List<MonitoringOrderDefinition> active =
                monitoring.activeOrders().stream().map(Map.Entry::getKey).toList();
        tx.inTransaction(() -> {
            audit.append(AuditRecord.by(actor, clock.instant())
                    .detail("active monitoring orders listed for the live map=" + active.size())
                    .success(AuditAction.READ, AuditObjectType.MONITORING_ORDER, "-"));
            return active;
        });
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode rows = out.putArray("orders");
        for (MonitoringOrderDefinition order : active) {
            ObjectNode row = rows.addObject()
                    .put("id", order.id().toString())
                    .put("createdAt", order.createdAt().toString());
            ArrayNode kinds = row.putArray("rules");
            order.rules().stream()
                    .map(RuleSpec::type)
                    .map(Enum::name)
                    .distinct()
                    .forEach(kinds::add);
        }
        return out;
    }
}
