package org.amparo.bench.face;

import java.util.SplittableRandom;
import org.amparo.core.face.FaceTemplate;

/**
 * Seeded synthetic 128-d face templates with the structure of real ones: every template is {@code
 * normalise(a*m + b*u_identity + c*e_photo)}, with one mean direction {@code m} shared by all faces
 * (real embeddings are far from zero-mean), an identity direction {@code u} and a per-photo noise
 * {@code e}, both drawn from the same anisotropic Gaussian (variance {@code exp(-k/}{@value #DECAY}{@code
 * )} along the k-th axis of a random rotation, so about 19 effective dimensions) with {@code m}
 * projected out and normalised. {@code a^2} is the mean impostor cosine and {@code a^2 + b^2} the mean
 * genuine cosine measured by {@code amparo-face}'s {@code LfwFacePipelineTest} on the shared LFW set
 * (dlib ResNet, 1,400 genuine and 78,400 impostor pairs): {@value #GENUINE_COSINE} and {@value
 * #IMPOSTOR_COSINE}. {@link #DECAY} was chosen so the score tails match too: at FPR 1e-3 the real set
 * accepts above cosine 0.9337 with TPR 0.813, the synthetic one (10k gallery) above 0.938 with TPR 0.82.
 *
 * <p>The gallery has one enrolment photo per identity (a watchlist); a probe is another photo of a
 * random enrolled identity.
 */
public final class SyntheticFaces {
    /** Mean genuine cosine of the real set. */
    public static final double GENUINE_COSINE = 0.9490;

    /** Mean impostor cosine of the real set. */
    public static final double IMPOSTOR_COSINE = 0.8353;

    /** The e-folding of the variance spectrum, in axes. */
    static final double DECAY = 9.5;

    private static final int DIMS = FaceTemplate.DIMENSIONS;

    private final float[][] gallery;
    private final float[][] probes;
    private final int[] probeIdentity;

    private SyntheticFaces(float[][] gallery, float[][] probes, int[] probeIdentity) {
        this.gallery = gallery;
        this.probes = probes;
        this.probeIdentity = probeIdentity;
    }

    /** {@code size} enrolled identities, one template each, and {@code probeCount} probes of them. */
    public static SyntheticFaces generate(int size, int probeCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] mean = unit(gaussian(random));
        double[] basis = new double[DIMS];
        for (int k = 0; k < DIMS; k++) {
            basis[k] = random.nextBoolean() ? 1 : -1;
        }
        double[] sd = new double[DIMS];
        for (int k = 0; k < DIMS; k++) {
            sd[k] = Math.sqrt(Math.exp(-k / DECAY));
        }
        double a = Math.sqrt(IMPOSTOR_COSINE);
        double b = Math.sqrt(GENUINE_COSINE - IMPOSTOR_COSINE);
        double c = Math.sqrt(1 - GENUINE_COSINE);
        // identity directions are regenerated from per-identity seeds, so probes need not keep them
        long identitySeed = random.nextLong();
        float[][] gallery = new float[size][];
        for (int i = 0; i < size; i++) {
            double[] u = direction(new SplittableRandom(identitySeed + i), basis, sd, mean);
            gallery[i] = photo(random, basis, sd, mean, u, a, b, c);
        }
        float[][] probes = new float[probeCount][];
        int[] identity = new int[probeCount];
        for (int p = 0; p < probeCount; p++) {
            identity[p] = random.nextInt(size);
            double[] u = direction(new SplittableRandom(identitySeed + identity[p]), basis, sd, mean);
            probes[p] = photo(random, basis, sd, mean, u, a, b, c);
        }
        return new SyntheticFaces(gallery, probes, identity);
    }

    /** The enrolled templates, one per identity (row i is identity i); shared, do not modify. */
    public float[][] gallery() {
        return gallery;
    }

    /** The probes; shared, do not modify. */
    public float[][] probes() {
        return probes;
    }

    /** The identity (gallery row) each probe is a photo of. */
    public int probeIdentity(int probe) {
        return probeIdentity[probe];
    }

    private static float[] photo(
            SplittableRandom random,
            double[] basis,
            double[] sd,
            double[] mean,
            double[] u,
            double a,
            double b,
            double c) {
        double[] e = direction(random, basis, sd, mean);
        double[] v = new double[DIMS];
        for (int k = 0; k < DIMS; k++) {
            v[k] = a * mean[k] + b * u[k] + c * e[k];
        }
        v = unit(v);
        float[] out = new float[DIMS];
        for (int k = 0; k < DIMS; k++) {
            out[k] = (float) v[k];
        }
        // renormalise in float so the template is a unit vector to float precision
        double norm = 0;
        for (float x : out) {
            norm += (double) x * x;
        }
        float inverse = (float) (1 / Math.sqrt(norm));
        for (int k = 0; k < DIMS; k++) {
            out[k] *= inverse;
        }
        return out;
    }

    /**
     * An anisotropic Gaussian direction (variance {@code sd[k]^2} along the k-th axis of the rotated
     * basis), orthogonal to {@code mean}, of unit length. The rotation is a randomised Hadamard
     * transform ({@code H D / sqrt(128)}, D the random signs): orthogonal, and cheap for a million rows.
     */
    private static double[] direction(SplittableRandom random, double[] signs, double[] sd, double[] mean) {
        double[] v = new double[DIMS];
        for (int k = 0; k < DIMS; k++) {
            v[k] = random.nextGaussian() * sd[k] * signs[k];
        }
        hadamard(v);
        double along = dot(v, mean);
        for (int d = 0; d < DIMS; d++) {
            v[d] -= along * mean[d];
        }
        return unit(v);
    }

    /** In-place unnormalised Walsh-Hadamard transform of a power-of-two length. */
    private static void hadamard(double[] v) {
        for (int h = 1; h < v.length; h *= 2) {
            for (int i = 0; i < v.length; i += 2 * h) {
                for (int j = i; j < i + h; j++) {
                    double x = v[j];
                    double y = v[j + h];
                    v[j] = x + y;
                    v[j + h] = x - y;
                }
            }
        }
    }

    private static double[] gaussian(SplittableRandom random) {
        double[] v = new double[DIMS];
        for (int d = 0; d < DIMS; d++) {
            v[d] = random.nextGaussian();
        }
        return v;
    }

    private static double dot(double[] x, double[] y) {
        double sum = 0;
        for (int d = 0; d < DIMS; d++) {
            sum += x[d] * y[d];
        }
        return sum;
    }

    private static double[] unit(double[] v) {
        double norm = Math.sqrt(dot(v, v));
        double[] out = new double[v.length];
        for (int d = 0; d < v.length; d++) {
            out[d] = v[d] / norm;
        }
        return out;
    }
}
