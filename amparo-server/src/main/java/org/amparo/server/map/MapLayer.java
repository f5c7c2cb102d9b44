package org.amparo.server.map;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.amparo.core.access.Role;
import org.amparo.server.web.PageChrome;

/**
 * A layer of the live map and the route that serves it: a user sees a layer, and gets its live changes,
 * exactly where {@link org.amparo.server.security.RouteTable} lets them GET that route.
 */
public enum MapLayer {
    /** Provinces (public boundaries). */
    AREAS("/map/areas.json"),
    /** Incidents per province over the last 24 hours and 7 days (aggregates only). */
    CHOROPLETH("/map/choropleth.json"),
    /** Agency units by status. */
    UNITS("/map/units.json"),
    /** Open incidents by priority, without caller data. */
    INCIDENTS("/map/incidents.json"),
    /** Open alerts at their triggering fix and face matches awaiting confirmation at their camera. */
    ALERTS("/map/alerts.json"),
    /** Cameras with their health. */
    CAMERAS("/map/cameras.json"),
    /** Monitored subjects, one justified order at a time. */
    SUBJECTS("/map/orders.json");

    private final String path;

    MapLayer(String path) {
        this.path = path;
    }

    /** The route that serves the layer's data. */
    public String path() {
        return path;
    }

    /** The layer's name on the wire and in the page, e.g. {@code units}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The layers a user with {@code roles} may see. */
    public static Set<MapLayer> allowed(Set<Role> roles) {
        Set<MapLayer> out = EnumSet.noneOf(MapLayer.class);
        for (MapLayer layer : values()) {
            if (PageChrome.allows(roles, layer.path)) {
                out.add(layer);
            }
        }
        return out;
    }
}
