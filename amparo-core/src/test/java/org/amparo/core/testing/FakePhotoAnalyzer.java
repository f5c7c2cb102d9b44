package org.amparo.core.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.amparo.core.face.FaceTemplate;
import org.amparo.core.face.PhotoAnalyzer;
import org.amparo.core.face.PhotoCheck;

/**
 * Reads "photos" that are text: {@code person:<name>:<variant>} gives that person's template (the
 * same person's variants are near each other, different people far apart); {@code unusable:<reason>}
 * gives that reason. Stateless and thread-safe.
 */
public final class FakePhotoAnalyzer implements PhotoAnalyzer {
    /** The photo of {@code person}, variant {@code variant}. */
    public static byte[] photo(String person, int variant) {
        return ("person:" + person + ":" + variant).getBytes(StandardCharsets.UTF_8);
    }

    /** A photo the analyzer refuses with {@code reason}. */
    public static byte[] unusable(String reason) {
        return ("unusable:" + reason).getBytes(StandardCharsets.UTF_8);
    }

    /** The template a photo of {@code person}, variant {@code variant}, gives. */
    public static FaceTemplate template(String person, int variant) {
        float[] base = gaussian(person.hashCode());
        float[] noise = gaussian(person.hashCode() * 31L + variant);
        float[] v = new float[FaceTemplate.DIMENSIONS];
        for (int i = 0; i < v.length; i++) {
            v[i] = base[i] + 0.05f * noise[i];
        }
        return FaceTemplate.of(unit(v));
    }

    @Override
    public PhotoCheck check(byte[] encodedPhoto) {
        String[] parts = new String(encodedPhoto, StandardCharsets.UTF_8).split(":");
        if (parts.length == 3 && parts[0].equals("person")) {
            return new PhotoCheck.Usable(template(parts[1], Integer.parseInt(parts[2])));
        }
        String reason = parts.length == 2 && parts[0].equals("unusable") ? parts[1] : "unreadable image";
        return new PhotoCheck.Unusable(List.of(reason));
    }

    private static float[] gaussian(long seed) {
        Random random = new Random(seed);
        float[] v = new float[FaceTemplate.DIMENSIONS];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    private static float[] unit(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = (float) (v[i] / Math.sqrt(sum));
        }
        return u;
    }
}
