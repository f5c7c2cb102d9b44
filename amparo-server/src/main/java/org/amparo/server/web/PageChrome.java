package org.amparo.server.web;

import java.util.List;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.config.SimulatorConfig;
import org.amparo.server.security.Access;
import org.amparo.server.security.CurrentActor;
import org.amparo.server.security.Route;
import org.amparo.server.security.RouteTable;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What every page shows around its content: the demo banner, the signed-in user and the navigation.
 * Templates reach it as {@code @chrome}, so that error pages rendered outside our controllers get it
 * too. The navigation is derived from {@link RouteTable}: a link appears only when the route table
 * lets the current user open it. Thread-safe.
 */
@Component("chrome")
public class PageChrome {
    /** One entry of the top navigation: where it goes and the message key of its label. */
    public record NavLink(String href, String messageKey) {
        /** The path without its query, as the route table matches it. */
        public String path() {
            int query = href.indexOf('?');
            return query < 0 ? href : href.substring(0, query);
        }
    }

    /** The navigation, in display order; each entry is shown only where {@link RouteTable} allows. */
    public static final List<NavLink> NAVIGATION = List.of(
            new NavLink("/dispatch", "nav.dispatch"),
            new NavLink("/calls/new", "nav.newCall"),
            new NavLink("/alerts", "nav.alerts"),
            new NavLink("/face-matches", "nav.faceMatches"),
            new NavLink("/map", "nav.map"),
            new NavLink("/authorizations?status=REQUESTED", "nav.pending"),
            new NavLink("/authorizations", "nav.authorizations"),
            new NavLink("/authorizations/new", "nav.request"),
            new NavLink("/audit", "nav.audit"),
            new NavLink("/reports/transparency", "nav.transparency"),
            new NavLink("/stats", "nav.stats"),
            new NavLink("/demo", "nav.demo"));

    /** The demo simulator's page: linked only in demo mode with the simulator on. */
    static final String DEMO_PAGE = "/demo";

    private final boolean demo;
    /** Whether the demo simulator runs, and its page with it. */
    private final boolean simulator;

    private final String tileUrl;

    public PageChrome(Settings settings) {
        this.demo = settings.get(AmparoConfig.DEMO);
        this.simulator = demo && settings.get(SimulatorConfig.ENABLED);
        this.tileUrl = settings.get(AmparoConfig.MAP_TILE_URL);
    }

    /** The agency's map tile URL template, or empty for the offline basemap; for the pages' small maps. */
    public String tileUrl() {
        return tileUrl;
    }

    /** Whether the DEMO DATA banner is shown. */
    public boolean demo() {
        return demo;
    }

    public boolean signedIn() {
        return current() != null;
    }

    public String username() {
        Authentication auth = current();
        return auth == null ? "" : auth.getName();
    }

    public String roles() {
        Authentication auth = current();
        return auth == null ? "" : CurrentActor.of(auth).rolesText().replace(",", ", ");
    }

    /** The links the current user may follow. */
    public List<NavLink> links() {
        Authentication auth = current();
        if (auth == null) {
            return List.of();
        }
        Set<Role> roles = CurrentActor.of(auth).roles();
        return NAVIGATION.stream()
                .filter(l -> simulator || !l.path().equals(DEMO_PAGE))
                .filter(l -> allows(roles, l.path()))
                .toList();
    }

    /** Whether the current user may open {@code path}, so a page links only where the link works. */
    public boolean may(String path) {
        Authentication auth = current();
        return auth != null && allows(CurrentActor.of(auth).roles(), path);
    }

    /** Whether the route table lets a signed-in user with {@code roles} GET {@code path}. */
    public static boolean allows(Set<Role> roles, String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Route route : RouteTable.UI) {
            boolean methodMatches = route.method() == null || route.method().equals(HttpMethod.GET);
            if (methodMatches
                    && PathPatternParser.defaultInstance.parse(route.pattern()).matches(container)) {
                return switch (route.access()) {
                    case Access.Public p -> true;
                    case Access.Credential c -> false;
                    case Access.Authenticated a -> true;
                    case Access.AnyOf any -> any.roles().stream().anyMatch(roles::contains);
                };
            }
        }
        return false;
    }

    /** The current actor, for controllers. */
    static Actor actor(Authentication auth) {
        return CurrentActor.of(auth);
    }

    private static @Nullable Authentication current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return auth;
    }
}
