package org.amparo.server.security;

import static org.amparo.core.access.Role.ADMINISTRATOR;
import static org.amparo.core.access.Role.APPROVER;
import static org.amparo.core.access.Role.AUDITOR;
import static org.amparo.core.access.Role.DISPATCHER;
import static org.amparo.core.access.Role.INVESTIGATOR;
import static org.amparo.core.access.Role.OPERATOR;
import static org.amparo.core.access.Role.SUPERVISOR;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * Every route of Amparo and the roles it requires, in one place. Anything not listed is denied.
 * {@code RouteTableTest} fails when a controller mapping has no entry here.
 */
public final class RouteTable {
    private RouteTable() {}

    private static final Access PUBLIC = new Access.Public();
    private static final Access ANY_USER = new Access.Authenticated();
    /** Live operations: everyone but the auditor, who oversees without seeing live operations (CHARTER 7). */
    private static final Access OPERATIONS =
            Access.anyOf(ADMINISTRATOR, INVESTIGATOR, APPROVER, OPERATOR, DISPATCHER, SUPERVISOR);

    /** Live emergency operations: call-takers, dispatchers and their supervisors; never the auditor (CHARTER 7). */
    private static final Access DISPATCH = Access.anyOf(DISPATCHER, SUPERVISOR);

    /** Incident statistics hold no personal data: the auditor may read them too (CHARTER 7). */
    private static final Access STATISTICS = Access.anyOf(DISPATCHER, SUPERVISOR, AUDITOR);

    /** Review of face matches: two of these confirm a match (CHARTER section 4). */
    private static final Access FACE_REVIEW = Access.anyOf(OPERATOR, INVESTIGATOR, SUPERVISOR);

    /** Routes of the JSON API (HTTP Basic or API token; no session, no CSRF). */
    public static final List<Route> API = List.of(
            route(POST, "/api/v1/subjects", Access.anyOf(INVESTIGATOR, DISPATCHER)),
            route(GET, "/api/v1/subjects/{id}", Access.anyOf(INVESTIGATOR, APPROVER, SUPERVISOR, OPERATOR)),
            route(POST, "/api/v1/authorizations", Access.anyOf(INVESTIGATOR)),
            route(GET, "/api/v1/authorizations", Access.anyOf(INVESTIGATOR, APPROVER, SUPERVISOR, AUDITOR)),
            route(GET, "/api/v1/authorizations/{id}", Access.anyOf(INVESTIGATOR, APPROVER, SUPERVISOR, AUDITOR)),
            route(POST, "/api/v1/authorizations/{id}/decision", Access.anyOf(APPROVER)),
            route(POST, "/api/v1/authorizations/{id}/revoke", Access.anyOf(APPROVER, INVESTIGATOR)),
            route(GET, "/api/v1/audit", Access.anyOf(AUDITOR)),
            route(GET, "/api/v1/audit/verify", Access.anyOf(AUDITOR)),
            route(GET, "/api/v1/reports/transparency", Access.anyOf(AUDITOR, SUPERVISOR, APPROVER, ADMINISTRATOR)),
            route(GET, "/api/v1/notifications", Access.anyOf(SUPERVISOR, AUDITOR)),
            route(POST, "/api/v1/notifications/{id}/delay", Access.anyOf(SUPERVISOR)),
            route(POST, "/api/v1/notifications/{id}/notified", Access.anyOf(SUPERVISOR)),
            route(GET, "/api/v1/areas", ANY_USER),
            route(POST, "/api/v1/areas/import", Access.anyOf(ADMINISTRATOR)),
            route(GET, "/api/v1/users", Access.anyOf(ADMINISTRATOR)),
            route(POST, "/api/v1/users", Access.anyOf(ADMINISTRATOR)),
            route(POST, "/api/v1/users/{username}/disable", Access.anyOf(ADMINISTRATOR)),
            route(POST, "/api/v1/users/{username}/enable", Access.anyOf(ADMINISTRATOR)),
            route(POST, "/api/v1/users/{username}/password", Access.anyOf(ADMINISTRATOR)),
            route(POST, "/api/v1/tokens", ANY_USER),
            route(GET, "/api/v1/me", ANY_USER),
            route(POST, "/api/v1/me/password", ANY_USER),
            route(POST, "/api/v1/devices", Access.anyOf(INVESTIGATOR, SUPERVISOR, ADMINISTRATOR)),
            route(GET, "/api/v1/devices", Access.anyOf(INVESTIGATOR, SUPERVISOR, ADMINISTRATOR)),
            route(GET, "/api/v1/devices/drops", Access.anyOf(SUPERVISOR, ADMINISTRATOR, AUDITOR)),
            route(POST, "/api/v1/devices/{id}/binding", Access.anyOf(INVESTIGATOR, SUPERVISOR)),
            route(POST, "/api/v1/locations", Access.anyOf(SUPERVISOR, ADMINISTRATOR, DISPATCHER)),
            route(GET, "/api/v1/subjects/{id}/track", Access.anyOf(INVESTIGATOR, SUPERVISOR, OPERATOR)),
            route(POST, "/api/v1/zones", Access.anyOf(INVESTIGATOR, SUPERVISOR)),
            route(GET, "/api/v1/zones/{id}", Access.anyOf(INVESTIGATOR, SUPERVISOR, OPERATOR)),
            route(POST, "/api/v1/monitoring-orders", Access.anyOf(INVESTIGATOR, SUPERVISOR)),
            route(GET, "/api/v1/monitoring-orders/{id}", Access.anyOf(INVESTIGATOR, SUPERVISOR, OPERATOR)),
            // investigators see face matches only (?type=FACE_MATCH): the core refuses them the geofence alerts
            route(GET, "/api/v1/alerts", Access.anyOf(OPERATOR, SUPERVISOR, INVESTIGATOR)),
            route(POST, "/api/v1/alerts/{id}/confirmations", FACE_REVIEW),
            route(POST, "/api/v1/cameras", Access.anyOf(ADMINISTRATOR)),
            route(GET, "/api/v1/cameras", Access.anyOf(ADMINISTRATOR, OPERATOR, SUPERVISOR, INVESTIGATOR)),
            route(
                    POST,
                    "/api/v1/cameras/{id}/frames",
                    new Access.Credential("ADMINISTRATOR, or the camera's own token in `X-Amparo-Camera-Token`")),
            route(POST, "/api/v1/watchlist/entries", Access.anyOf(INVESTIGATOR)),
            route(GET, "/api/v1/evidence/{id}/export", Access.anyOf(INVESTIGATOR, SUPERVISOR)),
            route(POST, "/api/v1/evidence/{id}/hold", Access.anyOf(INVESTIGATOR, SUPERVISOR)),
            route(DELETE, "/api/v1/evidence/{id}/hold", Access.anyOf(INVESTIGATOR, SUPERVISOR)),
            route(GET, "/api/v1/events/stream", OPERATIONS),
            route(POST, "/api/v1/alerts/{id}/acknowledge", Access.anyOf(OPERATOR, SUPERVISOR)),
            route(POST, "/api/v1/alerts/{id}/resolve", Access.anyOf(OPERATOR, SUPERVISOR)),
            route(
                    POST,
                    "/api/v1/aml",
                    new Access.Credential("no login: the body's AML HMAC-SHA1 under `amparo.aml.hmac-key`")),
            route(
                    POST,
                    "/api/v1/aml/sms",
                    new Access.Credential("DISPATCHER, SUPERVISOR, or the SMS gateway's `X-Amparo-Gateway-Token`")),
            route(
                    POST,
                    "/api/v1/caller-locations/pidf-lo",
                    new Access.Credential("DISPATCHER, SUPERVISOR, or the SMS gateway's `X-Amparo-Gateway-Token`")),
            route(
                    POST,
                    "/api/v1/caller-locations/held",
                    new Access.Credential("DISPATCHER, SUPERVISOR, or the SMS gateway's `X-Amparo-Gateway-Token`")),
            route(GET, "/api/v1/aml/dead-letters", Access.anyOf(SUPERVISOR)),
            route(POST, "/api/v1/incidents", DISPATCH),
            route(GET, "/api/v1/incidents", DISPATCH),
            route(GET, "/api/v1/incidents/{id}", DISPATCH),
            route(POST, "/api/v1/incidents/{id}/calls", DISPATCH),
            route(POST, "/api/v1/incidents/{id}/location", DISPATCH),
            route(POST, "/api/v1/incidents/{id}/notes", DISPATCH),
            route(GET, "/api/v1/incidents/{id}/proposals", DISPATCH),
            route(POST, "/api/v1/incidents/{id}/dispatch", DISPATCH),
            route(POST, "/api/v1/incidents/{id}/status", DISPATCH),
            route(GET, "/api/v1/incidents/{id}/eido", DISPATCH),
            route(POST, "/api/v1/units", Access.anyOf(ADMINISTRATOR, SUPERVISOR)),
            route(GET, "/api/v1/units", Access.anyOf(DISPATCHER, SUPERVISOR, ADMINISTRATOR)),
            route(POST, "/api/v1/units/{id}/status", DISPATCH),
            route(GET, "/api/v1/stats/incidents", STATISTICS),
            route(GET, "/api/v1/stats/incidents/compare", STATISTICS),
            // demo mode only (404 otherwise): the simulator's state and controls
            route(GET, "/api/v1/demo/simulator", Access.anyOf(SUPERVISOR, ADMINISTRATOR)),
            route(PUT, "/api/v1/demo/simulator", Access.anyOf(SUPERVISOR, ADMINISTRATOR)),
            route(GET, "/actuator/health", PUBLIC),
            route(GET, "/actuator/health/**", PUBLIC),
            route(GET, "/actuator/prometheus", Access.anyOf(ADMINISTRATOR)),
            route(GET, "/v3/api-docs", PUBLIC),
            route(GET, "/v3/api-docs.yaml", PUBLIC),
            route(GET, "/v3/api-docs/**", PUBLIC));

    /** Routes of the web UI (form login, session, CSRF). */
    public static final List<Route> UI = List.of(
            route(GET, "/login", PUBLIC),
            route(GET, "/error", PUBLIC),
            route(GET, "/webjars/**", PUBLIC),
            route(GET, "/vendor/**", PUBLIC),
            route(GET, "/css/**", PUBLIC),
            route(GET, "/js/**", PUBLIC),
            route(GET, "/favicon.ico", PUBLIC),
            route(POST, "/logout", ANY_USER),
            route(GET, "/", ANY_USER),
            route(GET, "/account/password", ANY_USER),
            route(POST, "/account/password", ANY_USER),
            route(GET, "/map", OPERATIONS),
            route(GET, "/map/areas.json", OPERATIONS),
            // the live map: each layer for the roles that may read it through its core service (issue #6)
            route(GET, "/map/stream", OPERATIONS),
            route(GET, "/map/units.json", Access.anyOf(DISPATCHER, SUPERVISOR, ADMINISTRATOR)),
            route(GET, "/map/incidents.json", DISPATCH),
            route(GET, "/map/choropleth.json", DISPATCH),
            route(GET, "/map/alerts.json", Access.anyOf(OPERATOR, SUPERVISOR)),
            route(GET, "/map/cameras.json", Access.anyOf(ADMINISTRATOR, OPERATOR, SUPERVISOR, INVESTIGATOR)),
            route(GET, "/map/orders.json", Access.anyOf(INVESTIGATOR, SUPERVISOR, OPERATOR)),
            route(POST, "/map/watch", Access.anyOf(INVESTIGATOR, SUPERVISOR, OPERATOR)),
            route(POST, "/map/watch/{id}/end", Access.anyOf(INVESTIGATOR, SUPERVISOR, OPERATOR)),
            route(GET, "/events/stream", OPERATIONS),
            route(GET, "/authorizations", Access.anyOf(INVESTIGATOR, APPROVER, SUPERVISOR, AUDITOR)),
            route(GET, "/authorizations/new", Access.anyOf(INVESTIGATOR)),
            route(POST, "/authorizations", Access.anyOf(INVESTIGATOR)),
            route(GET, "/authorizations/{id}", Access.anyOf(INVESTIGATOR, APPROVER, SUPERVISOR, AUDITOR)),
            route(POST, "/authorizations/{id}/decision", Access.anyOf(APPROVER)),
            route(POST, "/authorizations/{id}/revoke", Access.anyOf(APPROVER, INVESTIGATOR)),
            route(GET, "/subjects/new", Access.anyOf(INVESTIGATOR)),
            route(POST, "/subjects", Access.anyOf(INVESTIGATOR)),
            route(GET, "/alerts", Access.anyOf(OPERATOR, SUPERVISOR)),
            route(GET, "/alerts/rows", Access.anyOf(OPERATOR, SUPERVISOR)),
            route(POST, "/alerts/{id}/acknowledge", Access.anyOf(OPERATOR, SUPERVISOR)),
            route(POST, "/alerts/{id}/resolve", Access.anyOf(OPERATOR, SUPERVISOR)),
            // verdicts from the queue: its people who also review face matches (the service checks the rest)
            route(POST, "/alerts/face-matches/{id}/verdict", Access.anyOf(OPERATOR, SUPERVISOR)),
            route(GET, "/monitoring-orders/{id}", Access.anyOf(INVESTIGATOR, SUPERVISOR, OPERATOR)),
            route(POST, "/monitoring-orders/{id}/track", Access.anyOf(INVESTIGATOR, SUPERVISOR, OPERATOR)),
            route(GET, "/audit", Access.anyOf(AUDITOR)),
            route(GET, "/reports/transparency", Access.anyOf(AUDITOR, SUPERVISOR, APPROVER, ADMINISTRATOR)),
            route(GET, "/dispatch", DISPATCH),
            route(GET, "/dispatch/board", DISPATCH),
            route(GET, "/calls/new", DISPATCH),
            route(POST, "/calls", DISPATCH),
            route(GET, "/incidents/{id}", DISPATCH),
            route(GET, "/incidents/{id}/live", DISPATCH),
            route(POST, "/incidents/{id}/justification", DISPATCH),
            route(POST, "/incidents/{id}/location", DISPATCH),
            route(POST, "/incidents/{id}/notes", DISPATCH),
            route(POST, "/incidents/{id}/dispatch", DISPATCH),
            route(POST, "/incidents/{id}/status", DISPATCH),
            route(POST, "/incidents/{id}/units/{unitId}/status", DISPATCH),
            route(GET, "/face-matches", FACE_REVIEW),
            route(POST, "/face-matches/justification", FACE_REVIEW),
            route(GET, "/face-matches/evidence/{id}", FACE_REVIEW),
            route(POST, "/face-matches/{id}/verdict", FACE_REVIEW),
            route(GET, "/home/approver", Access.anyOf(APPROVER)),
            route(GET, "/home/auditor", Access.anyOf(AUDITOR)),
            route(GET, "/home/investigator", Access.anyOf(INVESTIGATOR)),
            route(GET, "/home/supervisor", Access.anyOf(SUPERVISOR)),
            route(GET, "/stats", STATISTICS),
            route(GET, "/stats/incidents.csv", STATISTICS),
            // demo mode only (404 otherwise): the simulator's page
            route(GET, "/demo", Access.anyOf(SUPERVISOR, ADMINISTRATOR)),
            route(POST, "/demo", Access.anyOf(SUPERVISOR, ADMINISTRATOR)),
            route(GET, "/demo/state.json", Access.anyOf(SUPERVISOR, ADMINISTRATOR)));

    private static Route route(@Nullable HttpMethod method, String pattern, Access access) {
        return new Route(method, pattern, access);
    }
}
