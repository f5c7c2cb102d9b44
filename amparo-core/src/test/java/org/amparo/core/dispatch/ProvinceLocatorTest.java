package org.amparo.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.amparo.core.geo.AdminArea;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.SharedTestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Point-in-province over the real geoBoundaries ADM1 file of Ecuador (shared data). */
class ProvinceLocatorTest {
    private static List<AdminArea> provinces = List.of();
    private static ProvinceLocator locator = new ProvinceLocator(List.of());

    @BeforeAll
    static void readProvinces() {
        provinces = ProvinceFile.read(SharedTestData.require("geo/ecuador-provinces-adm1.geojson"), 1);
        locator = new ProvinceLocator(provinces);
    }

    @ParameterizedTest(name = "{0} lies in {3}")
    @CsvSource({
        "Quito, -0.18, -78.47, Pichincha",
        "Guayaquil, -2.19, -79.89, Guayas",
        "Cuenca, -2.90, -79.00, Azuay",
        "Latacunga, -0.93, -78.61, Cotopaxi",
        "Riobamba, -1.67, -78.65, Chimborazo",
        "Puerto Ayora, -0.74, -90.31, Galápagos"
    })
    void citiesLieInTheirProvince(String city, double lat, double lon, String province) {
        Optional<AdminArea> found = locator.locate(new GeoPoint(lat, lon));

        assertThat(found).map(AdminArea::name).contains(province);
    }

    @Test
    void thePacificIsInNoProvince() {
        assertThat(locator.locate(new GeoPoint(-1.5, -84.0))).isEmpty();
        assertThat(locator.locate(new GeoPoint(10.0, -78.0))).isEmpty();
    }

    @Test
    void cotopaxiAndChimborazoShareACodeButAreTwoAreas() {
        AdminArea cotopaxi = locator.locate(new GeoPoint(-0.93, -78.61)).orElseThrow();
        AdminArea chimborazo = locator.locate(new GeoPoint(-1.67, -78.65)).orElseThrow();

        assertThat(locator.size()).isEqualTo(24);
        assertThat(cotopaxi.isoCode()).isEqualTo("EC-H").isEqualTo(chimborazo.isoCode());
        assertThat(cotopaxi.id()).isNotEqualTo(chimborazo.id());
        assertThat(ProvinceRef.of(cotopaxi)).isNotEqualTo(ProvinceRef.of(chimborazo));
    }

    @Test
    void onlyProvincesAreAccepted() {
        AdminArea any = provinces.getFirst();
        AdminArea canton = new AdminArea(any.id(), any.name(), 2, any.isoCode(), any.area());

        assertThatThrownBy(() -> new ProvinceLocator(List.of(canton))).isInstanceOf(IllegalArgumentException.class);
    }
}
