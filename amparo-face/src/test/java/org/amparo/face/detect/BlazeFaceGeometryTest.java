package org.amparo.face.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amparo.face.image.PixelBox;
import org.amparo.face.image.PixelPoint;
import org.amparo.face.image.RgbImage;
import org.amparo.face.image.SquareRegion;
import org.junit.jupiter.api.Test;

class BlazeFaceGeometryTest {
    @Test
    void anchorsFollowTheTwoGridsInModelOrder() {
        assertThat(BlazeFaceAnchors.COUNT).isEqualTo(896);
        assertThat(BlazeFaceAnchors.x(0)).isEqualTo(8f);
        assertThat(BlazeFaceAnchors.x(1)).isEqualTo(8f);
        assertThat(BlazeFaceAnchors.x(2)).isEqualTo(24f);
        assertThat(BlazeFaceAnchors.y(511)).isEqualTo(248f);
        assertThat(BlazeFaceAnchors.x(512)).isEqualTo(16f);
        assertThat(BlazeFaceAnchors.x(518)).isEqualTo(48f);
        assertThat(BlazeFaceAnchors.y(895)).isEqualTo(240f);
    }

    @Test
    void suppressionKeepsTheBestOfOverlappingBoxes() {
        Detection best = detection(new PixelBox(0, 0, 10, 10), 0.9);
        Detection overlapping = detection(new PixelBox(1, 1, 11, 11), 0.8);
        Detection apart = detection(new PixelBox(20, 20, 30, 30), 0.6);
        assertThat(NonMaxSuppression.apply(List.of(apart, overlapping, best), 0.3))
                .containsExactly(best, apart);
    }

    @Test
    void squarePaddingCentresTheShorterSide() {
        RgbImage wide = RgbImage.of(400, 200, new byte[400 * 200 * 3]);
        SquareRegion region = SquareRegion.centredOn(wide);
        assertThat(region).isEqualTo(new SquareRegion(0, -100, 400));
        PixelPoint centre = region.toSource(128, 128, 256);
        assertThat(centre).isEqualTo(new PixelPoint(199.5, 99.5));
    }

    @Test
    void largeFramesAreAlsoSearchedInOverlappingTiles() {
        try (BlazeFaceDetector detector = BlazeFaceDetector.open(DetectorOptions.defaults())) {
            RgbImage small = RgbImage.of(640, 480, new byte[640 * 480 * 3]);
            RgbImage large = RgbImage.of(1920, 1080, new byte[1920 * 1080 * 3]);
            assertThat(detector.searchRegions(small)).hasSize(1);
            List<SquareRegion> regions = detector.searchRegions(large);
            assertThat(regions).hasSize(1 + 5 * 3);
            assertThat(regions.getLast().left() + regions.getLast().side()).isEqualTo(1920.0);
            assertThat(detector.detect(large)).isEmpty();
        }
    }

    private static Detection detection(PixelBox box, double score) {
        PixelPoint p = new PixelPoint(box.left(), box.top());
        return new Detection(box, FaceKeypoints.inModelOrder(List.of(p, p, p, p, p, p)), score);
    }
}
