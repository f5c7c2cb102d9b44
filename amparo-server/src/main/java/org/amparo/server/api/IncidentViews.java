package org.amparo.server.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.core.dispatch.CallerNumber;
import org.amparo.core.dispatch.Incident;
import org.amparo.core.dispatch.IncidentDetail;
import org.amparo.core.dispatch.IncidentEvent;
import org.amparo.core.dispatch.IncidentSummary;
import org.amparo.core.dispatch.ProvinceRef;
import org.amparo.core.dispatch.Unit;
import org.amparo.core.dispatch.UnitPosition;
import org.amparo.core.dispatch.UnitProposal;
import org.amparo.core.dispatch.caller.CallerFinding;
import org.amparo.core.dispatch.caller.StoredCallerLocation;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.emergency.CivicAddress;
import org.amparo.core.ingest.emergency.LocationSource;
import org.jspecify.annotations.Nullable;

/** The JSON views of incidents, their timelines, caller locations, units and proposals. Stateless. */
final class IncidentViews {
    private IncidentViews() {}

    /** The board line: no personal data. */
    static Map<String, Object> summary(IncidentSummary s) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", s.id().toString());
        view.put("type", s.type().name());
        view.put("priority", s.priority().level());
        view.put("status", s.status().name());
        view.put("createdAt", s.createdAt().toString());
        putLocation(view, s.location(), s.province());
        return view;
    }

    /** The incident with its personal data, timeline, units and the newest caller location (null: none yet). */
    static Map<String, Object> detail(IncidentDetail detail, List<StoredCallerLocation> callerLocations) {
        Incident i = detail.incident();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", i.id().toString());
        CallerNumber number = i.callerNumber();
        view.put("callerNumber", number == null ? null : number.value()); // null: removed under retention
        view.put("type", i.type().name());
        view.put("priority", i.priority().level());
        view.put("status", i.status().name());
        view.put("description", i.description());
        view.put("createdAt", i.createdAt().toString());
        if (i.closedAt() != null) {
            view.put("closedAt", String.valueOf(i.closedAt()));
        }
        putLocation(view, i.location(), i.province());
        view.put("calls", i.linkedCalls().size());
        callerLocations.stream()
                .filter(StoredCallerLocation::located)
                .findFirst()
                .ifPresent(l -> view.put("callerLocation", callerLocation(l)));
        view.put(
                "callerLocations",
                callerLocations.stream().map(IncidentViews::callerLocation).toList());
        view.put("units", detail.units().stream().map(IncidentViews::assigned).toList());
        view.put(
                "timeline", detail.timeline().stream().map(IncidentViews::entry).toList());
        return view;
    }

    /** A caller location: supplementary, never the incident's own location. */
    static Map<String, Object> callerLocation(StoredCallerLocation l) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", l.id().toString());
        view.put("receivedAt", l.receivedAt().toString());
        view.put("source", family(l.source()));
        view.put("format", l.source().name());
        view.put("flags", l.flags().stream().map(Enum::name).sorted().toList());
        switch (l.finding()) {
            case CallerFinding.Position p -> {
                GeoPoint point = p.point();
                if (point != null) {
                    view.put("lat", point.latitude());
                    view.put("lon", point.longitude());
                }
                view.put("radiusMeters", p.radiusMeters());
                view.put("method", p.method().name());
                view.put("confidence", p.confidencePercent());
                if (p.positionedAt() != null) {
                    view.put("positionedAt", String.valueOf(p.positionedAt()));
                }
                CivicAddress civic = p.civic();
                if (civic != null) {
                    Map<String, String> address = new LinkedHashMap<>();
                    civic.fields().forEach((field, value) -> address.put(field.name(), value));
                    view.put("civicAddress", address);
                }
            }
            case CallerFinding.None none -> {
                view.put("noLocation", none.reason().name());
                view.put("detail", none.detail());
            }
        }
        return view;
    }

    /** The transport family, as the contract names it: AML, PIDF_LO or HELD. */
    static String family(LocationSource source) {
        return switch (source) {
            case AML_SMS_V1, AML_SMS_V2, AML_BINARY_SMS, AML_HTTPS -> "AML";
            case PIDF_LO -> "PIDF_LO";
            case HELD -> "HELD";
        };
    }

    static Map<String, Object> unit(Unit u) {
        Map<String, Object> view = assigned(u);
        view.put("station", u.station());
        view.put("crewSize", u.crewSize());
        view.put("deviceId", u.device() == null ? null : String.valueOf(u.device()));
        UnitPosition at = u.lastPosition();
        if (at != null) {
            view.put(
                    "lastPosition",
                    Map.of(
                            "lat", at.point().latitude(),
                            "lon", at.point().longitude(),
                            "at", at.at().toString()));
        }
        return view;
    }

    static Map<String, Object> proposal(UnitProposal p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("unitId", p.unit().id().toString());
        view.put("callSign", p.unit().callSign());
        view.put("type", p.unit().type().name());
        view.put("etaSeconds", p.etaSeconds());
        view.put("distanceMeters", Math.round(p.distanceMeters()));
        view.put("tier", p.tier());
        return view;
    }

    private static Map<String, Object> assigned(Unit u) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", u.id().toString());
        view.put("callSign", u.callSign());
        view.put("type", u.type().name());
        view.put("status", u.status().name());
        view.put("incidentId", u.assignment() == null ? null : String.valueOf(u.assignment()));
        return view;
    }

    private static void putLocation(
            Map<String, Object> view, @Nullable GeoPoint location, @Nullable ProvinceRef province) {
        view.put("location", location == null ? null : Map.of("lat", location.latitude(), "lon", location.longitude()));
        view.put("province", province == null ? null : province.name());
        view.put("provinceId", province == null ? null : province.id());
    }

    /** One timeline entry: when, who, what. Caller-location entries name the format, never the position. */
    static Map<String, Object> entry(IncidentEvent e) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("at", e.at().toString());
        view.put("actor", e.actor());
        switch (e) {
            case IncidentEvent.Opened o -> {
                view.put("event", "OPENED");
                view.put("type", o.type().name());
                view.put("priority", o.priority().level());
            }
            case IncidentEvent.CallLinked c -> view.put("event", "CALL_LINKED");
            case IncidentEvent.Located l -> {
                view.put("event", "LOCATED");
                view.put("province", l.province() == null ? null : l.province().name());
            }
            case IncidentEvent.UnitDispatched d -> {
                view.put("event", "UNIT_DISPATCHED");
                view.put("unitId", d.unit().toString());
                view.put("callSign", d.callSign());
            }
            case IncidentEvent.UnitStatusChanged u -> {
                view.put("event", "UNIT_STATUS");
                view.put("unitId", u.unit().toString());
                view.put("from", u.from().name());
                view.put("to", u.to().name());
            }
            case IncidentEvent.StatusChanged s -> {
                view.put("event", "STATUS");
                view.put("from", s.from().name());
                view.put("to", s.to().name());
            }
            case IncidentEvent.CallerLocationReceived r -> {
                view.put("event", "CALLER_LOCATION");
                view.put("source", r.source().name());
                view.put("located", r.located());
            }
            case IncidentEvent.NoteAdded n -> {
                view.put("event", "NOTE");
                view.put("text", n.text());
            }
        }
        return view;
    }
}
