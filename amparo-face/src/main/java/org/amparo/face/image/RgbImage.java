package org.amparo.face.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * An 8-bit RGB raster, row-major, three bytes per pixel. Immutable (the pixels are copied in and
 * never handed out), so it may be shared between threads.
 *
 * <p>Sampling treats the image as black beyond half a pixel outside its border, which is how the
 * detector's square padding and the aligner's out-of-frame chip corners are filled.
 */
public final class RgbImage {
    private final int width;
    private final int height;
    private final byte[] rgb;

    private RgbImage(int width, int height, byte[] rgb) {
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    /**
     * Wraps a copy of packed RGB bytes.
     *
     * @param width pixels per row, positive
     * @param height rows, positive
     * @param rgb {@code width * height * 3} bytes, R, G, B per pixel
     */
    public static RgbImage of(int width, int height, byte[] rgb) {
        if (width <= 0 || height <= 0 || rgb.length != (long) width * height * 3) {
            throw new IllegalArgumentException("need " + width + "x" + height + "x3 bytes, got " + rgb.length);
        }
        return new RgbImage(width, height, rgb.clone());
    }

    /** Converts a decoded image (any colour model) to RGB; alpha is dropped. */
    public static RgbImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] rgb = new byte[w * h * 3];
        for (int i = 0; i < argb.length; i++) {
            rgb[3 * i] = (byte) (argb[i] >> 16);
            rgb[3 * i + 1] = (byte) (argb[i] >> 8);
            rgb[3 * i + 2] = (byte) argb[i];
        }
        return new RgbImage(w, h, rgb);
    }

    /**
     * Decodes a JPEG or PNG (any format {@code javax.imageio} reads); empty when the bytes are not an
     * image it can read.
     */
    public static Optional<RgbImage> decode(byte[] encoded) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(encoded));
            return image == null ? Optional.empty() : Optional.of(of(image));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Width in pixels. */
    public int width() {
        return width;
    }

    /** Height in pixels. */
    public int height() {
        return height;
    }

    /** One channel (0 red, 1 green, 2 blue) of one pixel, 0..255. */
    public int channel(int x, int y, int channel) {
        return rgb[(y * width + x) * 3 + channel] & 0xff;
    }

    /**
     * Bilinear sample of one channel at a sub-pixel position, 0..255; 0 (black) more than half a
     * pixel outside the image, the nearest edge pixels within that half pixel.
     */
    public float sample(double x, double y, int channel) {
        if (x < -0.5 || y < -0.5 || x > width - 0.5 || y > height - 0.5) {
            return 0f;
        }
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        int xa = Math.clamp(x0, 0, width - 1);
        int xb = Math.clamp(x0 + 1L, 0, width - 1);
        int ya = Math.clamp(y0, 0, height - 1);
        int yb = Math.clamp(y0 + 1L, 0, height - 1);
        double top = channel(xa, ya, channel) * (1 - fx) + channel(xb, ya, channel) * fx;
        double bottom = channel(xa, yb, channel) * (1 - fx) + channel(xb, yb, channel) * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }
}
