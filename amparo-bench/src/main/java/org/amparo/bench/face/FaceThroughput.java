package org.amparo.bench.face;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.amparo.bench.SuppressForbidden;
import org.amparo.bench.face.NodeFacePeer.Timing;
import org.amparo.face.embed.FaceEmbedding;
import org.amparo.face.image.RgbImage;
import org.amparo.face.pipeline.AnalyzedFace;
import org.amparo.face.pipeline.FaceAnalysis;
import org.amparo.face.pipeline.FacePipeline;
import org.jspecify.annotations.Nullable;

/**
 * Throughput of detect + align + embed: {@code face-throughput --manifest manifest.csv [--threads
 * 1,2] [--seconds 10] [--warmup-seconds 5] [--peer-dir tools/face-bench] [--node node] [--no-peer]}.
 *
 * <p>Amparo is {@link FacePipeline#analyze(RgbImage)} (every face of the image: detect, align,
 * embed, plus its enrolment check) on N threads sharing one pipeline; the peer is face-api in Node
 * on the TensorFlow.js wasm backend running the same networks and steps with N worker threads
 * ({@link NodeFacePeer}). Both cycle over the set's images, decoded beforehand (decoding is not
 * timed), and each measures images per second after a warm-up. The runs alternate (Amparo 1, peer
 * 1, Amparo 2, peer 2) so that drifting load on a shared machine hits both alike. Before timing, the
 * central-face embeddings of the first images are compared between the two (cosine), a check that
 * the peer computes the same thing.
 */
public final class FaceThroughput {
    private static final int COMPARED_IMAGES = 20;

    private FaceThroughput() {}

    /** Entry point: the arguments after {@code face-throughput}. */
    @SuppressForbidden(reason = "a benchmark prints its results")
    public static void main(String[] args) throws IOException {
        run(FaceThroughputOptions.parse(List.of(args)), System.out);
    }

    static void run(FaceThroughputOptions options, PrintStream out) throws IOException {
        SharedFaceSet set = SharedFaceSet.read(options.manifest());
        List<RgbImage> images = decode(set);
        Optional<String> noPeer =
                options.peer() ? NodeFacePeer.unavailable(options.peerDir()) : Optional.of("--no-peer");
        out.printf(
                Locale.ROOT,
                "face-throughput: %d images (decoded before timing), warm-up %.0f s, window %.0f s, %d cores%n",
                images.size(),
                options.timing().warmupSeconds(),
                options.timing().seconds(),
                Runtime.getRuntime().availableProcessors());
        noPeer.ifPresent(why -> out.println("peer not run: " + why));
        List<String> rows = new ArrayList<>();
        try (FacePipeline pipeline = FacePipeline.open()) {
            NodeFacePeer peer = noPeer.isPresent() ? null : checkedPeer(pipeline, set, images, options, out);
            for (int threads : options.threads()) {
                rows.add(measureBoth(pipeline, images, threads, peer, options, out));
            }
        }
        out.println();
        out.println("| threads | Amparo (ONNX Runtime, Java) images/s | face-api 1.7.15 (tfjs wasm, Node) images/s"
                + " | ratio Amparo/face-api |");
        out.println("|---|---|---|---|");
        rows.forEach(out::println);
    }

    /** One table row: Amparo on {@code threads} threads, then the peer (when given) with as many workers. */
    private static String measureBoth(
            FacePipeline pipeline,
            List<RgbImage> images,
            int threads,
            @Nullable NodeFacePeer peer,
            FaceThroughputOptions options,
            PrintStream out)
            throws IOException {
        double amparo = measure(pipeline, images, threads, options.timing());
        out.printf(Locale.ROOT, "  Amparo  %d thread(s): %.1f images/s%n", threads, amparo);
        if (peer == null) {
            return String.format(Locale.ROOT, "| %d | %.1f | not run | |", threads, amparo);
        }
        NodeFacePeer.Result node = peer.run(options.manifest(), threads, options.timing(), 0);
        out.printf(Locale.ROOT, "  face-api %d worker(s): %.1f images/s%n", threads, node.imagesPerSecond());
        return String.format(
                Locale.ROOT,
                "| %d | %.1f | %.1f | %.2f |",
                threads,
                amparo,
                node.imagesPerSecond(),
                amparo / node.imagesPerSecond());
    }

    /** Images per second of {@code threads} threads analysing the images round-robin. */
    static double measure(FacePipeline pipeline, List<RgbImage> images, int threads, Timing timing) {
        loop(pipeline, images, threads, timing.warmupSeconds());
        return loop(pipeline, images, threads, timing.seconds());
    }

    private static double loop(FacePipeline pipeline, List<RgbImage> images, int threads, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        try (ExecutorService pool = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("face-throughput-", 0).factory())) {
            List<Future<double[]>> counts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * images.size() / threads;
                counts.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    long count = 0;
                    while (System.nanoTime() < deadline) {
                        pipeline.analyze(images.get((int) ((offset + count) % images.size())));
                        count++;
                    }
                    return new double[] {count, (System.nanoTime() - start) / 1e9};
                }));
            }
            double rate = 0;
            for (Future<double[]> count : counts) {
                double[] result = count.get();
                rate += result[0] / result[1];
            }
            return rate;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
        }
    }

    /** The peer after its agreement check, or null (and why, printed) when it cannot run. */
    private static @Nullable NodeFacePeer checkedPeer(
            FacePipeline pipeline,
            SharedFaceSet set,
            List<RgbImage> images,
            FaceThroughputOptions options,
            PrintStream out) {
        NodeFacePeer peer = new NodeFacePeer(options.node(), options.peerDir().resolve("face-bench.cjs"));
        try {
            compare(pipeline, set, images, peer, options, out);
            return peer;
        } catch (IOException e) {
            out.println("peer not run: " + e.getMessage() + "; Amparo's numbers alone follow");
            return null;
        }
    }

    /** Prints how closely face-api's central-face embeddings agree with Amparo's on the first images. */
    private static void compare(
            FacePipeline pipeline,
            SharedFaceSet set,
            List<RgbImage> images,
            NodeFacePeer peer,
            FaceThroughputOptions options,
            PrintStream out)
            throws IOException {
        Map<Path, FaceEmbedding> node = peer.run(options.manifest(), 1, new Timing(0, 0.001), COMPARED_IMAGES)
                .descriptors();
        List<Double> cosines = new ArrayList<>();
        for (int i = 0; i < Math.min(COMPARED_IMAGES, images.size()); i++) {
            FaceEmbedding theirs = node.get(set.photos().get(i).file());
            Optional<AnalyzedFace> ours = central(pipeline.analyze(images.get(i)), images.get(i));
            if (theirs != null && ours.isPresent()) {
                cosines.add(ours.get().embedding().cosine(theirs));
            }
        }
        double[] values = cosines.stream().mapToDouble(Double::doubleValue).toArray();
        out.printf(
                Locale.ROOT,
                "agreement on the first %d images: %d embedded by both, cosine(Amparo, face-api) min %.5f mean %.5f%n",
                COMPARED_IMAGES,
                values.length,
                Arrays.stream(values).min().orElse(Double.NaN),
                Arrays.stream(values).average().orElse(Double.NaN));
    }

    private static Optional<AnalyzedFace> central(FaceAnalysis analysis, RgbImage image) {
        return analysis.faces().stream()
                .min(Comparator.comparingDouble(
                        f -> FaceTemplater.offCentre(f.detection().box(), image)));
    }

    private static List<RgbImage> decode(SharedFaceSet set) throws IOException {
        List<RgbImage> images = new ArrayList<>();
        for (SharedFaceSet.Photo photo : set.photos()) {
            images.add(RgbImage.decode(Files.readAllBytes(photo.file()))
                    .orElseThrow(() -> new IOException("not an image: " + photo.file())));
        }
        return images;
    }
}
