package org.amparo.face.pipeline;

import org.amparo.face.align.AlignedFace;

/**
 * Focus measure of an aligned face: the variance of the 4-neighbour Laplacian of the grey levels
 * (0..255) over the chip's central 100x100 pixels, where the face is. Higher is sharper. Stateless.
 */
final class Sharpness {
    private static final int MARGIN = 25;

    private Sharpness() {}

    static double of(AlignedFace face) {
        int size = AlignedFace.SIZE;
        double sum = 0;
        double sumSquares = 0;
        int count = 0;
        for (int y = MARGIN; y < size - MARGIN; y++) {
            for (int x = MARGIN; x < size - MARGIN; x++) {
                double laplacian = grey(face, x - 1, y)
                        + grey(face, x + 1, y)
                        + grey(face, x, y - 1)
                        + grey(face, x, y + 1)
                        - 4 * grey(face, x, y);
                sum += laplacian;
                sumSquares += laplacian * laplacian;
                count++;
            }
        }
        double mean = sum / count;
        return sumSquares / count - mean * mean;
    }

    private static double grey(AlignedFace face, int x, int y) {
        return 0.299 * face.value(x, y, 0) + 0.587 * face.value(x, y, 1) + 0.114 * face.value(x, y, 2);
    }
}
