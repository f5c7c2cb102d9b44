package org.amparo.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amparo.core.geo.AdminArea;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.SharedTestData;
import org.amparo.core.ingest.emergency.aml.AmlHttpsDecoder;
import org.amparo.core.testing.DispatchTestbed;
import org.junit.jupiter.api.Test;

/** Incidents get their province from the real geoBoundaries file of Ecuador (shared data). */
class RealProvincesTest {
    @Test
    void incidentsAreAssignedTheirRealProvinceByIdAndName() {
        List<AdminArea> provinces = ProvinceFile.read(SharedTestData.require("geo/ecuador-provinces-adm1.geojson"), 1);
        DispatchTestbed bed = new DispatchTestbed(provinces, AmlHttpsDecoder.unauthenticated());

        Incident cuenca = bed.incident("+593991234567", IncidentType.MEDICAL, Priority.P1, new GeoPoint(-2.90, -79.00));
        Incident latacunga = bed.incident("+593991234568", IncidentType.FIRE, Priority.P2, new GeoPoint(-0.93, -78.61));
        Incident riobamba = bed.incident("+593991234569", IncidentType.FIRE, Priority.P2, new GeoPoint(-1.67, -78.65));

        assertThat(cuenca.province()).extracting(ProvinceRef::name).isEqualTo("Azuay");
        assertThat(latacunga.province()).extracting(ProvinceRef::name).isEqualTo("Cotopaxi");
        assertThat(riobamba.province()).extracting(ProvinceRef::name).isEqualTo("Chimborazo");
        assertThat(latacunga.province()).isNotEqualTo(riobamba.province());
        assertThat(provinces)
                .filteredOn(a -> "EC-H".equals(a.isoCode()))
                .as("the two provinces that share EC-H are told apart by id")
                .hasSize(2);
    }
}
