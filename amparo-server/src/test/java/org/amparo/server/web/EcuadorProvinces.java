package org.amparo.server.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amparo.core.engine.Transactions;
import org.amparo.core.geo.AdminArea;
import org.amparo.core.geo.AdminAreaStore;
import org.amparo.core.ingest.SharedTestData;
import org.amparo.server.api.GeoJsonAreas;
import org.amparo.server.dispatch.AreasImported;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The provinces of Ecuador from the shared data set, for browser tests whose incidents and alerts need them. */
final class EcuadorProvinces {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EcuadorProvinces() {}

    /** Imports them as an administrator's import does it: stored, then announced so that lookups reload. */
    static void importInto(Transactions tx, AdminAreaStore areas, ApplicationEventPublisher publisher) {
        Path file = SharedTestData.require("geo/ecuador-provinces-adm1.geojson");
        JsonNode collection;
        try {
            collection = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        List<AdminArea> provinces = new ArrayList<>();
        for (JsonNode feature : collection.path("features")) {
            JsonNode p = feature.path("properties");
            provinces.add(new AdminArea(
                    p.path("shapeID").asString(),
                    p.path("shapeName").asString(),
                    1,
                    p.path("shapeISO").asString(null),
                    GeoJsonAreas.read(feature, "geometry")));
        }
        tx.inTransaction(() -> {
            provinces.forEach(areas::upsert);
            return provinces.size();
        });
        publisher.publishEvent(new AreasImported(1, provinces.size()));
    }
}
