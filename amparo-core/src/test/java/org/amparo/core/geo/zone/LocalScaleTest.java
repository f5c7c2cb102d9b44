package org.amparo.core.geo.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reused scales of a moving pair stay within centimetres of the exact local-plane distance. */
class LocalScaleTest {
    private static final long SEED = 20261127L;

    @Test
    void aPairWalkingTogetherMeasuresAsTheLocalPlaneDoes() {
        Random random = new Random(SEED);
        for (int walk = 0; walk < 50; walk++) {
            LocalScale scale = new LocalScale();
            double lat = -60 + 120 * random.nextDouble();
            double lon = -179 + 358 * random.nextDouble();
            for (int step = 0; step < 500; step++) {
                lat += (random.nextDouble() - 0.5) * 0.002;
                lon += (random.nextDouble() - 0.5) * 0.002;
                double otherLat = lat + (random.nextDouble() - 0.5) * 0.02;
                double otherLon = lon + (random.nextDouble() - 0.5) * 0.02;
                double exact = LocalMetric.distanceMeters(lat, lon, otherLat, otherLon);
                assertThat(scale.distanceMeters(lat, lon, otherLat, otherLon))
                        .as("seed %d, walk %d, step %d at (%f, %f)", SEED, walk, step, lat, lon)
                        .isCloseTo(exact, within(Math.max(0.02, exact * 5e-5)));
            }
        }
    }

    @Test
    void aJumpFarAwayComputesTheScalesAnew() {
        LocalScale scale = new LocalScale();
        scale.distanceMeters(0, 0, 0.001, 0.001);
        double exact = LocalMetric.distanceMeters(59.9, 10.7, 59.901, 10.701);
        assertThat(scale.distanceMeters(59.9, 10.7, 59.901, 10.701)).isEqualTo(exact);
    }
}
