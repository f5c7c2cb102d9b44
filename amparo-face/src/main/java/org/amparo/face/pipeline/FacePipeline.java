package org.amparo.face.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.amparo.face.align.AlignedFace;
import org.amparo.face.align.FaceAligner;
import org.amparo.face.detect.BlazeFaceDetector;
import org.amparo.face.detect.Detection;
import org.amparo.face.detect.DetectorOptions;
import org.amparo.face.embed.FaceEmbedder;
import org.amparo.face.embed.FaceEmbedding;
import org.amparo.face.image.RgbImage;

/**
 * Decode, detect, align and embed every face of an image, and judge whether the image is fit for
 * enrolment (exactly one face, large and sharp enough). CPU only; two ONNX Runtime sessions of one
 * thread each.
 *
 * <p>Thread-safe: concurrent calls share the sessions. Keeps nothing about the images and faces it
 * sees (CHARTER section 3: faces that match nobody must be dropped in memory): results live only in
 * the returned value. Close it once, when no call is in flight.
 */
public final class FacePipeline implements AutoCloseable {
    private final BlazeFaceDetector detector;
    private final FaceAligner aligner = new FaceAligner();
    private final FaceEmbedder embedder;
    private final QualityOptions quality;

    private FacePipeline(BlazeFaceDetector detector, FaceEmbedder embedder, QualityOptions quality) {
        this.detector = detector;
        this.embedder = embedder;
        this.quality = quality;
    }

    /** Opens the models with the given settings. */
    public static FacePipeline open(DetectorOptions detection, QualityOptions quality) {
        BlazeFaceDetector detector = BlazeFaceDetector.open(detection);
        try {
            return new FacePipeline(detector, FaceEmbedder.open(), quality);
        } catch (RuntimeException e) {
            detector.close();
            throw e;
        }
    }

    /** Opens the models with default settings. */
    public static FacePipeline open() {
        return open(DetectorOptions.defaults(), QualityOptions.defaults());
    }

    /** Analyses an encoded JPEG or PNG; an unreadable file gives no faces and {@link QualityIssue#UNREADABLE_IMAGE}. */
    public FaceAnalysis analyze(byte[] encoded) {
        return RgbImage.decode(encoded)
                .map(this::analyze)
                .orElseGet(() -> new FaceAnalysis(
                        List.of(), new EnrolmentVerdict.Unacceptable(List.of(QualityIssue.UNREADABLE_IMAGE))));
    }

    /** Analyses a decoded image. */
    public FaceAnalysis analyze(RgbImage image) {
        List<Detection> detections = new ArrayList<>(detector.detect(image));
        detections.sort(
                Comparator.comparingDouble((Detection d) -> d.box().width()).reversed());
        List<AlignedFace> chips = detections.stream()
                .map(d -> aligner.align(image, d.keypoints()))
                .toList();
        List<FaceEmbedding> embeddings = embedder.embed(chips);
        List<AnalyzedFace> faces = new ArrayList<>(detections.size());
        for (int i = 0; i < detections.size(); i++) {
            Detection detection = detections.get(i);
            faces.add(new AnalyzedFace(
                    detection, embeddings.get(i), detection.keypoints().eyeDistance(), Sharpness.of(chips.get(i))));
        }
        return new FaceAnalysis(faces, judge(faces));
    }

    private EnrolmentVerdict judge(List<AnalyzedFace> faces) {
        if (faces.isEmpty()) {
            return new EnrolmentVerdict.Unacceptable(List.of(QualityIssue.NO_FACE));
        }
        AnalyzedFace largest = faces.getFirst();
        double minWidth = largest.detection().box().width() * quality.secondFaceRatio();
        List<QualityIssue> issues = new ArrayList<>();
        if (faces.stream().filter(f -> f.detection().box().width() >= minWidth).count() > 1) {
            issues.add(QualityIssue.SEVERAL_FACES);
        }
        if (largest.eyeDistancePixels() < quality.minEyeDistancePixels()) {
            issues.add(QualityIssue.TOO_SMALL);
        }
        if (largest.sharpness() < quality.minSharpness()) {
            issues.add(QualityIssue.TOO_BLURRED);
        }
        return issues.isEmpty() ? new EnrolmentVerdict.Acceptable(largest) : new EnrolmentVerdict.Unacceptable(issues);
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
