package org.amparo.face.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.amparo.face.embed.FaceEmbedding;
import org.amparo.face.image.PixelBox;
import org.amparo.face.image.RgbImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline on the 400 real LFW photographs of the shared data set (8 of each of 50
 * people). Prints the detection census, the mean genuine and impostor similarities and rank-1
 * identification; asserts only loose sanity floors, never a timing.
 */
class LfwFacePipelineTest {
    private static final List<Result> RESULTS = new ArrayList<>();

    private record Result(SharedFaces.Photo photo, FaceAnalysis analysis, FaceEmbedding subject) {}

    @BeforeAll
    static void analyzeAll() {
        List<SharedFaces.Photo> photos = SharedFaces.photos();
        try (FacePipeline pipeline = FacePipeline.open()) {
            for (SharedFaces.Photo photo : photos) {
                RgbImage image = RgbImage.decode(SharedFaces.read(photo)).orElseThrow();
                FaceAnalysis analysis = pipeline.analyze(image);
                assertThat(analysis.faces()).as("faces in %s", photo.file()).isNotEmpty();
                RESULTS.add(
                        new Result(photo, analysis, centralFace(analysis, image).embedding()));
            }
        }
    }

    @AfterAll
    static void forget() {
        RESULTS.clear();
    }

    /** LFW centres the named person: of several faces, the one nearest the image centre is theirs. */
    private static AnalyzedFace centralFace(FaceAnalysis analysis, RgbImage image) {
        return analysis.faces().stream()
                .min(Comparator.comparingDouble(
                        f -> distanceToCentre(f.detection().box(), image)))
                .orElseThrow();
    }

    /** Distance of the box's centre from the image's (the shared photos are 150 x 150, not LFW's 250). */
    private static double distanceToCentre(PixelBox box, RgbImage image) {
        return Math.hypot(
                (box.left() + box.right()) / 2 - (image.width() - 1) / 2.0,
                (box.top() + box.bottom()) / 2 - (image.height() - 1) / 2.0);
    }

    @Test
    void everyPhotoHasItsFaceAndMostHaveExactlyOne() {
        List<String> notOne = RESULTS.stream()
                .filter(r -> r.analysis().faces().size() != 1)
                .map(r -> r.photo().file().getFileName() + " ("
                        + r.analysis().faces().size() + " faces)")
                .toList();
        long acceptable = RESULTS.stream()
                .filter(r -> r.analysis().enrolment() instanceof EnrolmentVerdict.Acceptable)
                .count();
        System.out.printf(
                "LFW shared set: %d photos, %d with exactly one face; not one: %s%n",
                RESULTS.size(), RESULTS.size() - notOne.size(), notOne);
        System.out.printf("LFW shared set: %d of %d acceptable for enrolment%n", acceptable, RESULTS.size());
        for (Result r : RESULTS) {
            if (r.analysis().enrolment() instanceof EnrolmentVerdict.Unacceptable(List<QualityIssue> issues)) {
                System.out.printf("  not acceptable: %s %s%n", r.photo().file().getFileName(), issues);
            }
        }
        assertThat(RESULTS).hasSize(400);
        assertThat(notOne.size()).as("photos without exactly one face").isLessThanOrEqualTo(40);
    }

    @Test
    void sameIdentityIsMoreSimilarAndRankOneIdentificationIsHigh() {
        List<Double> genuineScores = new ArrayList<>();
        List<Double> impostorScores = new ArrayList<>();
        double genuine = 0;
        double impostor = 0;
        int genuinePairs = 0;
        int impostorPairs = 0;
        int rankOneHits = 0;
        for (int i = 0; i < RESULTS.size(); i++) {
            double best = -2;
            String bestIdentity = "";
            for (int j = 0; j < RESULTS.size(); j++) {
                if (i == j) {
                    continue;
                }
                double cosine = RESULTS.get(i).subject().cosine(RESULTS.get(j).subject());
                boolean same = RESULTS.get(i)
                        .photo()
                        .identity()
                        .equals(RESULTS.get(j).photo().identity());
                if (j > i && same) {
                    genuine += cosine;
                    genuinePairs++;
                    genuineScores.add(cosine);
                } else if (j > i) {
                    impostor += cosine;
                    impostorPairs++;
                    impostorScores.add(cosine);
                }
                if (cosine > best) {
                    best = cosine;
                    bestIdentity = RESULTS.get(j).photo().identity();
                }
            }
            rankOneHits += bestIdentity.equals(RESULTS.get(i).photo().identity()) ? 1 : 0;
        }
        double rankOne = (double) rankOneHits / RESULTS.size();
        System.out.printf(
                "LFW shared set: mean cosine genuine %.4f over %d pairs, impostor %.4f over %d pairs; "
                        + "rank-1 (leave-one-out) %.4f (%d/%d)%n",
                genuine / genuinePairs,
                genuinePairs,
                impostor / impostorPairs,
                impostorPairs,
                rankOne,
                rankOneHits,
                RESULTS.size());
        printTruePositiveRates(genuineScores, impostorScores);
        assertThat(genuine / genuinePairs).isGreaterThan(impostor / impostorPairs);
        assertThat(rankOne).as("the published reference on this set is 0.9925").isGreaterThan(0.97);
    }

    /** TPR at fixed false-positive rates over all pairs, for comparison with the numbers in SOURCES.md. */
    private static void printTruePositiveRates(List<Double> genuine, List<Double> impostor) {
        List<Double> sorted =
                impostor.stream().sorted(Comparator.reverseOrder()).toList();
        for (double fpr : new double[] {1e-2, 1e-3, 1e-4}) {
            double threshold = sorted.get((int) Math.floor(fpr * sorted.size()));
            double tpr = genuine.stream().filter(s -> s > threshold).count() / (double) genuine.size();
            System.out.printf("LFW shared set: TPR %.3f at FPR %.0e (cosine > %.4f)%n", tpr, fpr, threshold);
        }
    }
}
