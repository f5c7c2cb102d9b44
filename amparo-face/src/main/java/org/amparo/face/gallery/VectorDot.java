package org.amparo.face.gallery;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.amparo.core.face.FaceTemplate;

/**
 * Dot products of {@value FaceTemplate#DIMENSIONS}-dimensional rows with the JDK Vector API: fp32 with
 * fused multiply-add, and int8 widened to int32 (exact). Stateless and thread-safe.
 */
final class VectorDot {
    static final int DIMS = FaceTemplate.DIMENSIONS;
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Byte> BYTES = ByteVector.SPECIES_64;
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_256;

    private VectorDot() {}

    /** Dot product of {@code a[aRow*DIMS ..]} and {@code b[bRow*DIMS ..]}. */
    static float fp32(float[] a, int aRow, float[] b, int bRow) {
        int ao = aRow * DIMS;
        int bo = bRow * DIMS;
        FloatVector acc = FloatVector.zero(FLOATS);
        for (int k = 0; k < DIMS; k += FLOATS.length()) {
            acc = FloatVector.fromArray(FLOATS, a, ao + k).fma(FloatVector.fromArray(FLOATS, b, bo + k), acc);
        }
        return acc.reduceLanes(VectorOperators.ADD);
    }

    /** Exact integer dot product of two int8 rows. */
    static int int8(byte[] a, int aRow, byte[] b, int bRow) {
        int ao = aRow * DIMS;
        int bo = bRow * DIMS;
        IntVector acc = IntVector.zero(INTS);
        for (int k = 0; k < DIMS; k += BYTES.length()) {
            IntVector x = (IntVector) ByteVector.fromArray(BYTES, a, ao + k).convertShape(VectorOperators.B2I, INTS, 0);
            IntVector y = (IntVector) ByteVector.fromArray(BYTES, b, bo + k).convertShape(VectorOperators.B2I, INTS, 0);
            acc = acc.add(x.mul(y));
        }
        return acc.reduceLanes(VectorOperators.ADD);
    }
}
