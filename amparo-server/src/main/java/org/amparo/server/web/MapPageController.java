package org.amparo.server.web;

import org.amparo.core.engine.Transactions;
import org.amparo.core.geo.AdminArea;
import org.amparo.core.geo.AdminAreaStore;
import org.amparo.server.api.GeoJsonAreas;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The operations map: the agency's tiles or the offline basemap, the imported provinces, and a live
 * panel of authorization events. Administrative boundaries are public data, not personal data.
 */
@Controller
public class MapPageController {
    private final AdminAreaStore areas;
    private final Transactions tx;
    private final String tileUrl;

    public MapPageController(AdminAreaStore areas, Transactions tx, Settings settings) {
        this.areas = areas;
        this.tx = tx;
        this.tileUrl = settings.get(AmparoConfig.MAP_TILE_URL);
    }

    @GetMapping("/map")
    String map(Model model) {
        model.addAttribute("tileUrl", tileUrl);
        return "map";
    }

    /** The provinces (level 1) as a GeoJSON FeatureCollection with properties id, name and isoCode. */
    @GetMapping(path = "/map/areas.json", produces = "application/geo+json")
    @ResponseBody
    ObjectNode areas() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode features = f.arrayNode();
        for (AdminArea area : tx.inTransaction(() -> areas.level(1))) {
            ObjectNode properties =
                    f.objectNode().put("id", area.id()).put("name", area.name()).put("isoCode", area.isoCode());
            ObjectNode feature = f.objectNode().put("type", "Feature");
            feature.set("properties", properties);
            feature.set("geometry", GeoJsonAreas.write(area.area()));
            features.add(feature);
        }
        ObjectNode collection = f.objectNode().put("type", "FeatureCollection");
        collection.set("features", features);
        return collection;
    }
}
