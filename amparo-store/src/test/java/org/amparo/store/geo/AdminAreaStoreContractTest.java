package org.amparo.store.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.amparo.core.geo.AdminArea;
import org.amparo.core.geo.AdminAreaStore;
import org.amparo.core.geo.GeoArea;
import org.amparo.store.DatabaseTestBase;
import org.amparo.store.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link AdminAreaStore}, run against every database. */
abstract class AdminAreaStoreContractTest extends DatabaseTestBase {
    private AdminAreaStore store;

    @BeforeEach
    void store() {
        store = new JdbcAdminAreaStore(dataSource());
    }

    @Test
    void upsertInsertsThenReplaces() {
        AdminArea pichincha =
                new AdminArea("ECU-ADM1-17", "Pichincha", 1, "EC-P", GeoArea.of(Fixtures.square(-0.5, -79.0, 1.0)));
        store.upsert(pichincha);
        AdminArea redrawn =
                new AdminArea("ECU-ADM1-17", "Pichincha", 1, null, GeoArea.of(Fixtures.square(-0.6, -79.1, 1.2)));
        store.upsert(redrawn);

        assertThat(store.find("ECU-ADM1-17")).contains(redrawn);
        assertThat(store.find("none")).isEmpty();
    }

    @Test
    void levelListsByName() {
        AdminArea sucumbios = area("2", "Sucumbíos", 1);
        AdminArea azuay = area("1", "Azuay", 1);
        AdminArea quito = area("3", "Quito", 2);
        store.upsert(sucumbios);
        store.upsert(azuay);
        store.upsert(quito);

        assertThat(store.level(1)).containsExactly(azuay, sucumbios);
        assertThat(store.level(2)).containsExactly(quito);
        assertThat(store.level(3)).isEmpty();
    }

    @Test
    void largeMultipolygonRoundTrips() {
        AdminArea galapagos = new AdminArea(
                "ECU-ADM1-20",
                "Galápagos",
                1,
                "EC-W",
                Fixtures.area(
                        Fixtures.circle(-0.6, -90.4, 0.3, 5_000),
                        Fixtures.circle(-0.9, -89.5, 0.2, 2_000),
                        Fixtures.square(0.3, -90.6, 0.1)));
        store.upsert(galapagos);

        assertThat(store.find("ECU-ADM1-20")).contains(galapagos);
    }

    @Test
    void boundaryOverOneMegabyteRoundTrips() {
        AdminArea huge =
                new AdminArea("BIG", "Guayas", 1, "EC-G", Fixtures.area(Fixtures.circle(-2.0, -79.9, 0.5, 50_000)));
        assertThat(huge.area().toWkt().length()).isGreaterThan(1_048_576);
        store.upsert(huge);

        assertThat(store.find("BIG")).contains(huge);
    }

    private static AdminArea area(String id, String name, int level) {
        return new AdminArea(id, name, level, "EC-X", GeoArea.of(Fixtures.square(-1, -78, 0.5)));
    }
}
