package org.amparo.face.matching;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.amparo.core.face.FaceTemplate;
import org.amparo.core.face.Probe;
import org.amparo.face.image.PixelBox;
import org.amparo.face.image.RgbImage;
import org.amparo.face.pipeline.AnalyzedFace;

/**
 * One face of a camera frame, in memory only. Its crop (the face box grown by a quarter on each
 * side, clipped to the frame) is encoded as JPEG only when the matcher asks, which it does only for a
 * permitted match. Immutable.
 */
final class FrameProbe implements Probe {
    private static final double MARGIN = 0.25;

    private final RgbImage frame;
    private final AnalyzedFace face;

    FrameProbe(RgbImage frame, AnalyzedFace face) {
        this.frame = frame;
        this.face = face;
    }

    @Override
    public FaceTemplate template() {
        return FaceTemplate.of(face.embedding().values());
    }

    @Override
    public byte[] evidenceCrop() {
        PixelBox box = face.detection().box();
        int left = clamp(box.left() - MARGIN * box.width(), frame.width());
        int top = clamp(box.top() - MARGIN * box.height(), frame.height());
        int right = clamp(box.right() + MARGIN * box.width(), frame.width());
        int bottom = clamp(box.bottom() + MARGIN * box.height(), frame.height());
        BufferedImage crop =
                new BufferedImage(Math.max(1, right - left), Math.max(1, bottom - top), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < crop.getHeight(); y++) {
            for (int x = 0; x < crop.getWidth(); x++) {
                int sx = Math.min(left + x, frame.width() - 1);
                int sy = Math.min(top + y, frame.height() - 1);
                crop.setRGB(
                        x,
                        y,
                        frame.channel(sx, sy, 0) << 16 | frame.channel(sx, sy, 1) << 8 | frame.channel(sx, sy, 2));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(crop, "jpg", out)) {
                throw new IllegalStateException("no JPEG writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("encoding to memory failed", e);
        }
        return out.toByteArray();
    }

    private static int clamp(double pixel, int size) {
        return (int) Math.clamp(Math.round(pixel), 0, size);
    }
}
