package org.amparo.face.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.amparo.core.camera.Camera;
import org.amparo.core.engine.Outcome;
import org.amparo.core.face.FaceMatch;
import org.amparo.core.face.FaceMatchStatus;
import org.amparo.core.face.FrameReport;
import org.amparo.core.face.MatchingSession;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.testing.FaceTestbed;
import org.amparo.core.testing.InMemoryFaceMatchStore;
import org.amparo.core.testing.LegalTestbed;
import org.amparo.face.gallery.VectorGalleryIndex;
import org.amparo.face.pipeline.FacePipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lawful watchlist on real faces: the ONNX pipeline, the Vector API gallery and the core services
 * over in-memory stores. An enrolled LFW person's unseen photo at an in-scope camera gives one
 * pending match; the same photo at an out-of-scope camera, or after the window, gives nothing.
 */
class LfwWatchlistTest {
    private static FacePipeline pipeline;
    private static LfwPeople people;

    @BeforeAll
    static void open() {
        pipeline = FacePipeline.open();
        people = new LfwPeople(pipeline, 0);
    }

    @AfterAll
    static void close() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    private FaceTestbed bed;
    private CameraFrameMatcher matcher;

    @BeforeEach
    void wire() {
        bed = new FaceTestbed(
                FaceTestbed.inMemoryBacking(), new VectorGalleryIndex(), new PipelinePhotoAnalyzer(pipeline));
        matcher = new CameraFrameMatcher(pipeline);
    }

    private FrameReport seenAt(Camera camera) {
        try (MatchingSession session =
                bed.matching.open(FaceTestbed.ADMIN, camera.id()).orElseThrow()) {
            return matcher.match(session, bed.clock.instant(), people.enrolled.seen())
                    .orElseThrow();
        }
    }

    @Test
    void anEnrolledPersonsOtherPhotoMatchesOnlyAtInScopeCamerasWithinTheWindow() {
        Camera inScope = bed.camera("Parque Calderón N", FaceTestbed.PARQUE_CALDERON);
        Camera outOfScope = bed.camera("Terminal Terrestre", FaceTestbed.PARQUE_CALDERON);
        SubjectId subject = bed.subject(people.enrolled.name().replace('_', ' '));
        Authorization a = bed.faceSearch(subject, Set.of(inScope.id().toString()));
        bed.watchlist
                .enrol(LegalTestbed.ALICE, subject, a.id(), people.enrolled.photos())
                .orElseThrow();

        FrameReport hit = seenAt(inScope);
        FrameReport elsewhere = seenAt(outOfScope);
        bed.clock.advance(Duration.ofDays(8));
        FrameReport late = seenAt(inScope);

        assertThat(hit.matches()).isOne();
        List<FaceMatch> stored = ((InMemoryFaceMatchStore) bed.backing.matches()).all();
        assertThat(stored).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(FaceMatchStatus.PENDING_CONFIRMATION);
            assertThat(m.sighting().subjectId()).isEqualTo(subject);
            assertThat(m.sighting().cameraId()).isEqualTo(inScope.id());
        });
        assertThat(elsewhere.matches()).isZero();
        assertThat(elsewhere.dropped()).isEqualTo(Map.of("CAMERA_NOT_COVERED", 1));
        assertThat(late.matches()).isZero();
        assertThat(late.dropped()).isEqualTo(Map.of("EXPIRED", 1));
        System.out.printf(
                "LFW watchlist: enrolled %s, probe similarity %.4f (threshold %.4f)%n",
                people.enrolled.name(),
                stored.getFirst().sighting().similarity(),
                org.amparo.core.face.FaceSettings.DEFAULT_MIN_SIMILARITY);
    }

    @Test
    void aPhotoWithoutAFaceIsRefusedWithItsReason() throws IOException {
        SubjectId subject = bed.subject("Sin Rostro");
        Authorization a = bed.faceSearch(subject, Set.of());
        ByteArrayOutputStream grey = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB), "png", grey);

        Outcome<?> outcome = bed.watchlist.enrol(
                LegalTestbed.ALICE,
                subject,
                a.id(),
                List.of(people.enrolled.photos().getFirst(), grey.toByteArray()));

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Invalid.class, i -> assertThat(i.violations())
                .containsExactly(new Outcome.Violation("photos[1]", "no face was found in the image")));
    }
}
