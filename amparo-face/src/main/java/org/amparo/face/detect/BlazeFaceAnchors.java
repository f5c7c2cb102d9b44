package org.amparo.face.detect;

/**
 * Anchor centres of BlazeFace at 256x256, in input pixels: a 16x16 grid of stride 16 with 2
 * anchors per cell, then an 8x8 grid of stride 32 with 6, centre = stride * (cell + 0.5), rows
 * outermost. The order matches the model's flattened outputs. Immutable.
 */
final class BlazeFaceAnchors {
    static final int INPUT_SIZE = 256;
    static final int FINE = 16 * 16 * 2;
    static final int COARSE = 8 * 8 * 6;
    static final int COUNT = FINE + COARSE;

    private static final float[] X = new float[COUNT];
    private static final float[] Y = new float[COUNT];

    static {
        int at = fill(0, 16, 2);
        fill(at, 32, 6);
    }

    private BlazeFaceAnchors() {}

    private static int fill(int start, int stride, int perCell) {
        int cells = INPUT_SIZE / stride;
        int at = start;
        for (int row = 0; row < cells; row++) {
            for (int col = 0; col < cells; col++) {
                for (int n = 0; n < perCell; n++) {
                    X[at] = stride * (col + 0.5f);
                    Y[at] = stride * (row + 0.5f);
                    at++;
                }
            }
        }
        return at;
    }

    static float x(int anchor) {
        return X[anchor];
    }

    static float y(int anchor) {
        return Y[anchor];
    }
}
