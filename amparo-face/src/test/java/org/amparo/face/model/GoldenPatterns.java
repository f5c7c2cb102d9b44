package org.amparo.face.model;

/**
 * The deterministic test images of {@code tools/face-models/reference/patterns.cjs}, regenerated
 * byte for byte: RGB, row-major HWC, one byte (0..255) per channel. Keep the two in step.
 */
final class GoldenPatterns {
    /** Pattern names in the order the golden files use. */
    static final String[] NAMES = {"noise", "tiles", "face"};

    private GoldenPatterns() {}

    static int[] pattern(String name, int size) {
        return switch (name) {
            case "noise" -> noise(size, 20240601);
            case "tiles" -> tiles(size);
            case "face" -> face(size);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static int[] noise(int size, int seed) {
        int[] out = new int[size * size * 3];
        int s = seed;
        for (int i = 0; i < out.length; i++) {
            s ^= s << 13;
            s ^= s >>> 17;
            s ^= s << 5;
            out[i] = s >>> 24;
        }
        return out;
    }

    private static int[] tiles(int size) {
        int[] out = new int[size * size * 3];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                for (int c = 0; c < 3; c++) {
                    out[(y * size + x) * 3 + c] = ((x >> 3) * 37 + (y >> 3) * 91 + c * 53) & 255;
                }
            }
        }
        return out;
    }

    private static int[] face(int size) {
        int[] out = new int[size * size * 3];
        int cx = size >> 1;
        int cy = size >> 1;
        long rx = (size * 3) >> 3;
        long ry = size >> 1;
        int eye = size >> 4;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                long dx = x - cx;
                long dy = y - cy;
                int[] rgb = {220, 220, 225};
                if (dx * dx * ry * ry + dy * dy * rx * rx <= rx * rx * ry * ry) {
                    rgb = new int[] {200, 150, 120};
                }
                int ey = y - (cy - (size >> 3));
                int exl = x - (cx - (size >> 3) - (size >> 5));
                int exr = x - (cx + (size >> 3) + (size >> 5));
                if (ey * ey + exl * exl <= eye * eye || ey * ey + exr * exr <= eye * eye) {
                    rgb = new int[] {40, 30, 30};
                }
                if (Math.abs(y - (cy + (size >> 2))) <= (size >> 5) && Math.abs(dx) <= (size >> 3)) {
                    rgb = new int[] {120, 40, 40};
                }
                System.arraycopy(rgb, 0, out, (y * size + x) * 3, 3);
            }
        }
        return out;
    }
}
