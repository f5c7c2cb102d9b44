package org.amparo.face.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.amparo.face.image.PixelPoint;
import org.junit.jupiter.api.Test;

class SimilarityTransformTest {
    private static final SimilarityTransform KNOWN = new SimilarityTransform(1.2, 0.5, 10, -4);

    @Test
    void fitRecoversAnExactTransform() {
        List<PixelPoint> from =
                List.of(new PixelPoint(30, 40), new PixelPoint(70, 42), new PixelPoint(50, 60), new PixelPoint(51, 80));
        List<PixelPoint> to = from.stream().map(KNOWN::apply).toList();
        SimilarityTransform fitted = SimilarityTransform.fit(from, to);
        assertThat(fitted.a()).isCloseTo(1.2, within(1e-9));
        assertThat(fitted.b()).isCloseTo(0.5, within(1e-9));
        assertThat(fitted.tx()).isCloseTo(10, within(1e-9));
        assertThat(fitted.ty()).isCloseTo(-4, within(1e-9));
    }

    @Test
    void inverseUndoesTheTransform() {
        PixelPoint p = new PixelPoint(12.5, -3.25);
        PixelPoint back = KNOWN.inverse().apply(KNOWN.apply(p));
        assertThat(back.x()).isCloseTo(p.x(), within(1e-9));
        assertThat(back.y()).isCloseTo(p.y(), within(1e-9));
        assertThat(KNOWN.inverse().scale() * KNOWN.scale()).isCloseTo(1, within(1e-12));
    }

    @Test
    void coincidentPointsHaveNoTransform() {
        PixelPoint p = new PixelPoint(1, 1);
        assertThatThrownBy(() -> SimilarityTransform.fit(List.of(p, p), List.of(p, new PixelPoint(2, 2))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScaledAndShiftedTemplateFitsTheChipTemplateExactly() {
        List<PixelPoint> source = FaceAligner.CHIP_TEMPLATE.stream()
                .map(p -> new PixelPoint(p.x() * 0.75 + 60, p.y() * 0.75 + 70))
                .toList();
        SimilarityTransform toChip = SimilarityTransform.fit(source, FaceAligner.CHIP_TEMPLATE);
        for (int i = 0; i < source.size(); i++) {
            PixelPoint mapped = toChip.apply(source.get(i));
            assertThat(mapped.distanceTo(FaceAligner.CHIP_TEMPLATE.get(i))).isLessThan(1e-9);
        }
        assertThat(toChip.scale()).isCloseTo(1 / 0.75, within(1e-12));
    }
}
