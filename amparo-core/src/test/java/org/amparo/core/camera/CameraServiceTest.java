package org.amparo.core.camera;

import static org.assertj.core.api.Assertions.assertThat;

import org.amparo.core.engine.Outcome;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.testing.FaceTestbed;
import org.amparo.core.testing.LegalTestbed;
import org.junit.jupiter.api.Test;

class CameraServiceTest {
    private final FaceTestbed bed = FaceTestbed.inMemory();

    @Test
    void anAdministratorRegistersAndOperationsRolesList() {
        Camera camera = bed.cameras
                .create(
                        FaceTestbed.ADMIN,
                        new NewCamera(
                                "Parque Calderón N",
                                new GeoPoint(-2.8974, -79.0045),
                                "Azuay",
                                "rtsp://10.0.0.5/stream1"))
                .orElseThrow();
        assertThat(camera.enabled()).isTrue();
        assertThat(bed.cameras.list(LegalTestbed.OSCAR)).isEqualTo(new Outcome.Done<>(java.util.List.of(camera)));
        assertThat(bed.cameras.list(LegalTestbed.BOB)).isInstanceOf(Outcome.Forbidden.class);
    }

    @Test
    void othersCannotRegisterAndBadInputIsNamed() {
        NewCamera ok = new NewCamera("N", new GeoPoint(0, 0), "Azuay", null);
        assertThat(bed.cameras.create(LegalTestbed.OSCAR, ok)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(bed.cameras.create(FaceTestbed.ADMIN, new NewCamera(" ", new GeoPoint(0, 0), "", "ftp://x")))
                .isInstanceOfSatisfying(Outcome.Invalid.class, i -> assertThat(
                                ((Outcome.Invalid<?>) i).violations().stream().map(Outcome.Violation::field))
                        .containsExactly("name", "province", "sourceUrl"));
    }
}
