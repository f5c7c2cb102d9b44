package org.amparo.face.gallery;

import java.util.List;
import org.amparo.core.face.FaceTemplate;

/**
 * Unit rows quantised to int8 with one scale per row ({@code 127 / max|x|}), with what the error
 * bound needs: the norm of each dequantised row and of its residual. For rows x, y and their
 * dequantised x', y', {@code |x.y - x'.y'| <= |x'||y-y'| + |x-x'||y'| + |x-x'||y-y'|} (Cauchy-Schwarz).
 * Immutable after construction; thread-safe.
 */
final class Int8Rows {
    private static final int DIMS = VectorDot.DIMS;

    final int count;
    final float[] fp32;
    final byte[] codes;
    final double[] inverseScale;
    final double[] dequantisedNorm;
    final double[] residualNorm;

    Int8Rows(List<FaceTemplate> templates) {
        count = templates.size();
        fp32 = new float[count * DIMS];
        codes = new byte[count * DIMS];
        inverseScale = new double[count];
        dequantisedNorm = new double[count];
        residualNorm = new double[count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(templates.get(i).values(), 0, fp32, i * DIMS, DIMS);
            quantise(i);
        }
    }

    private void quantise(int row) {
        int o = row * DIMS;
        double max = 0;
        for (int k = 0; k < DIMS; k++) {
            max = Math.max(max, Math.abs(fp32[o + k]));
        }
        double scale = max == 0 ? 1 : 127 / max;
        double norm = 0;
        double residual = 0;
        for (int k = 0; k < DIMS; k++) {
            long q = Math.clamp(Math.round(fp32[o + k] * scale), -127, 127);
            codes[o + k] = (byte) q;
            double dequantised = q / scale;
            norm += dequantised * dequantised;
            residual += (fp32[o + k] - dequantised) * (fp32[o + k] - dequantised);
        }
        inverseScale[row] = 1 / scale;
        dequantisedNorm[row] = Math.sqrt(norm);
        residualNorm[row] = Math.sqrt(residual);
    }

    /** The int8 estimate of the dot product of row {@code i} here and row {@code j} of {@code other}. */
    double estimate(int i, Int8Rows other, int j) {
        return VectorDot.int8(codes, i, other.codes, j) * inverseScale[i] * other.inverseScale[j];
    }

    /** The bound on {@code |exact - estimate|} for that pair. */
    double bound(int i, Int8Rows other, int j) {
        return dequantisedNorm[i] * other.residualNorm[j]
                + residualNorm[i] * other.dequantisedNorm[j]
                + residualNorm[i] * other.residualNorm[j];
    }
}
