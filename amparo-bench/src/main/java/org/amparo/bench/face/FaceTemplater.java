package org.amparo.bench.face;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.amparo.face.align.AlignedFace;
import org.amparo.face.align.FaceAligner;
import org.amparo.face.detect.BlazeFaceDetector;
import org.amparo.face.detect.Detection;
import org.amparo.face.detect.DetectorOptions;
import org.amparo.face.embed.FaceEmbedder;
import org.amparo.face.embed.FaceEmbedding;
import org.amparo.face.image.PixelBox;
import org.amparo.face.image.RgbImage;
import org.jspecify.annotations.Nullable;

/**
 * The template of the person an evaluation image is about: amparo-face's BlazeFace detector, aligner
 * and dlib ResNet embedder (the steps of {@code FacePipeline}, without its enrolment check), applied
 * to the face nearest the image centre, as LFW centres the named person. With flip averaging the
 * aligned chip and its horizontal mirror are embedded in one batch and the two unit vectors are
 * averaged and renormalised.
 *
 * <p>Thread-safe (the ONNX Runtime sessions are); {@link #embedAll} runs on its own named threads.
 * Close it once, when no call is in flight.
 */
final class FaceTemplater implements AutoCloseable {
    private final BlazeFaceDetector detector = BlazeFaceDetector.open(DetectorOptions.defaults());
    private final FaceAligner aligner = new FaceAligner();
    private final FaceEmbedder embedder;

    FaceTemplater() {
        try {
            embedder = FaceEmbedder.open();
        } catch (RuntimeException e) {
            detector.close();
            throw e;
        }
    }

    /**
     * What one image gave.
     *
     * @param faces faces detected (0 when none or the file is not an image)
     * @param plain the central face's embedding, null when there is no face
     * @param flipped the average of the chip's and its mirror's embeddings, null when there is no
     *     face or flip averaging was not asked for
     */
    record Template(
            int faces,
            @Nullable FaceEmbedding plain,
            @Nullable FaceEmbedding flipped) {
        /** The embedding of the given kind, null when there is none. */
        @Nullable
        FaceEmbedding of(boolean flip) {
            return flip ? flipped : plain;
        }
    }

    /** Templates of every file, in the given order, computed on {@code threads} threads. */
    Map<Path, Template> embedAll(List<Path> files, int threads, boolean flip) {
        Map<Path, Future<Template>> pending = new LinkedHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("face-eval-", 0).factory())) {
            for (Path file : files) {
                pending.put(file, pool.submit(() -> template(read(file), flip)));
            }
            Map<Path, Template> templates = new LinkedHashMap<>();
            for (Map.Entry<Path, Future<Template>> entry : pending.entrySet()) {
                templates.put(entry.getKey(), entry.getValue().get());
            }
            return templates;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("embedding failed: " + e.getCause(), e.getCause());
        }
    }

    /** The template of one encoded image. */
    Template template(byte[] encoded, boolean flip) {
        RgbImage image = RgbImage.decode(encoded).orElse(null);
        if (image == null) {
            return new Template(0, null, null);
        }
        List<Detection> faces = detector.detect(image);
        if (faces.isEmpty()) {
            return new Template(0, null, null);
        }
        Detection central = faces.stream()
                .min(Comparator.comparingDouble(d -> offCentre(d.box(), image)))
                .orElseThrow();
        AlignedFace chip = aligner.align(image, central.keypoints());
        if (!flip) {
            return new Template(faces.size(), embedder.embed(chip), null);
        }
        List<FaceEmbedding> both = embedder.embed(List.of(chip, mirror(chip)));
        return new Template(faces.size(), both.get(0), average(both.get(0), both.get(1)));
    }

    /** Distance from the box centre to the image centre, in pixels. */
    static double offCentre(PixelBox box, RgbImage image) {
        return Math.hypot(
                (box.left() + box.right()) / 2 - (image.width() - 1) / 2.0,
                (box.top() + box.bottom()) / 2 - (image.height() - 1) / 2.0);
    }

    /** The chip mirrored left to right. Its transform is the original's: only the pixels are used. */
    static AlignedFace mirror(AlignedFace chip) {
        int size = AlignedFace.SIZE;
        float[] pixels = chip.pixels();
        float[] mirrored = new float[pixels.length];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                System.arraycopy(pixels, (y * size + x) * 3, mirrored, (y * size + size - 1 - x) * 3, 3);
            }
        }
        return new AlignedFace(mirrored, chip.sourceToChip());
    }

    private static FaceEmbedding average(FaceEmbedding a, FaceEmbedding b) {
        float[] sum = a.values();
        float[] other = b.values();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other[i];
        }
        return FaceEmbedding.normalise(sum);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            detector.close();
        } finally {
            embedder.close();
        }
    }
}
