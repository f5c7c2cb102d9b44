package org.amparo.server.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amparo.core.dispatch.Incident;
import org.amparo.core.dispatch.IncidentDetail;
import org.amparo.core.dispatch.IncidentEvent;
import org.amparo.core.dispatch.IncidentType;
import org.amparo.core.geo.GeoPoint;

/**
 * An incident as a NENA Emergency Incident Data Object (EIDO, NENA-STA-021.1a-2022) in its JSON form, for exchange
 * with other centres. A deliberate subset: the message prologue ({@code eidoMessageIdentifier}, {@code $id},
 * {@code lastUpdateTimeStamp}, {@code sendingSystemIdentifier}), one {@code incidentComponent} (tracking identifier
 * {@code urn:emergency:uid:incidentid:<id>:amparo}, type, status, priority, references), a {@code locationComponent}
 * whose {@code locationByValue} is a PIDF-LO {@code location-info} with a GML point (only when a person set the
 * location), and a {@code notesComponent} with the description. The caller's number and handset location are not
 * exported (data minimisation); units, agents and persons are not yet mapped. Stateless.
 */
final class EidoExport {
    static final String SENDING_SYSTEM = "urn:amparo:dispatch";

    private EidoExport() {}

    static Map<String, Object> of(IncidentDetail detail) {
        Incident i = detail.incident();
        String id = i.id().toString();
        String updated = lastUpdate(detail).toString();
        Map<String, Object> eido = new LinkedHashMap<>();
        eido.put("$id", "eido-" + id + "-" + updated);
        eido.put("eidoMessageIdentifier", "urn:emergency:uid:eidomsgid:" + id + "-" + updated + ":amparo");
        eido.put("lastUpdateTimeStamp", updated);
        eido.put("sendingSystemIdentifier", SENDING_SYSTEM);
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("$id", "inc-" + id);
        incident.put("componentIdentifier", "inc-" + id);
        incident.put("incidentTrackingIdentifier", "urn:emergency:uid:incidentid:" + id + ":amparo");
        incident.put("internalIncidentId", id);
        incident.put("lastUpdateTimeStamp", updated);
        incident.put("incidentTypeCommonRegistryText", commonType(i.type()));
        incident.put("incidentTypeInternalCode", i.type().name());
        incident.put("incidentTypeInternalText", i.type().name().toLowerCase(Locale.ROOT));
        incident.put("incidentStatusInternalText", List.of(i.status().name()));
        incident.put("incidentPriorityInternalText", "P" + i.priority().level());
        GeoPoint at = i.location();
        if (at != null) {
            incident.put("locationReference", List.of(Map.of("$ref", "loc-" + id)));
            eido.put(
                    "locationComponent",
                    List.of(location(
                            id, at, i.province() == null ? null : i.province().name())));
        }
        if (!i.description().isEmpty()) {
            incident.put("notesReference", List.of(Map.of("$ref", "note-" + id)));
            eido.put("notesComponent", List.of(note(id, i)));
        }
        eido.put("incidentComponent", incident);
        return eido;
    }

    /** The closest entry of the EIDO incident-type registry; the exact type is in the internal code. */
    static String commonType(IncidentType type) {
        return switch (type) {
            case POLICE -> "Law Enforcement";
            case MEDICAL -> "Medical";
            case FIRE -> "Fire";
            case TRAFFIC -> "Traffic";
            case RESCUE -> "Rescue";
            case OTHER -> "Other";
        };
    }

    private static Map<String, Object> location(String id, GeoPoint at, @org.jspecify.annotations.Nullable String in) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("$id", "loc-" + id);
        location.put("componentIdentifier", "loc-" + id);
        location.put("locationByValue", pidfLo(at));
        if (in != null) {
            location.put("locationNotesText", "province: " + in);
        }
        return location;
    }

    private static Map<String, Object> note(String id, Incident i) {
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("$id", "note-" + id);
        note.put("componentIdentifier", "note-" + id);
        note.put("noteDateTimeStamp", i.createdAt().toString());
        note.put("noteText", i.description());
        return note;
    }

    /** A PIDF-LO location-info (RFC 4119, RFC 5491) with a WGS 84 point, latitude first as EPSG:4326 orders it. */
    static String pidfLo(GeoPoint at) {
        return "<location-info xmlns=\"urn:ietf:params:xml:ns:pidf:geopriv10\" xmlns:gml=\"http://www.opengis.net/gml\">"
                + "<gml:Point srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>" + at.latitude() + " " + at.longitude()
                + "</gml:pos></gml:Point></location-info>";
    }

    private static Instant lastUpdate(IncidentDetail detail) {
        List<Instant> times = new ArrayList<>();
        times.add(detail.incident().createdAt());
        detail.timeline().stream().map(IncidentEvent::at).forEach(times::add);
        return times.stream().max(Instant::compareTo).orElseThrow();
    }
}
