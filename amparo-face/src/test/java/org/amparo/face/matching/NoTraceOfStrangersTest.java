package org.amparo.face.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.amparo.core.camera.Camera;
import org.amparo.core.evidence.BlobCipher;
import org.amparo.core.evidence.Sha256;
import org.amparo.core.face.FrameReport;
import org.amparo.core.face.MatchingSession;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.testing.FaceTestbed;
import org.amparo.core.testing.LegalTestbed;
import org.amparo.face.gallery.VectorGalleryIndex;
import org.amparo.face.pipeline.FacePipeline;
import org.amparo.store.Database;
import org.amparo.store.audit.JdbcAuditLog;
import org.amparo.store.face.FileEvidenceStore;
import org.amparo.store.face.JdbcCameraStore;
import org.amparo.store.face.JdbcFaceMatchStore;
import org.amparo.store.face.JdbcWatchlistStore;
import org.amparo.store.legal.JdbcAuthorizationStore;
import org.amparo.store.legal.JdbcNotificationTaskStore;
import org.amparo.store.legal.JdbcSubjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CHARTER section 3 end to end: real LFW faces of people not on the watchlist pass an in-scope camera,
 * on the real pipeline, Vector API gallery, JDBC stores (H2) and file evidence store. Afterwards the
 * tables, a dump of the whole database, the evidence directory, the audit log and everything written
 * to stdout, stderr and java.util.logging are inspected: only counts remain, nothing about them.
 */
class NoTraceOfStrangersTest {
    private static final List<String> FACE_TABLES =
            List.of("face_sightings", "face_matches", "face_match_verdicts", "face_evidence", "watchlist_templates");

    @TempDir
    Path evidenceDirectory;

    private final Database database = new Database("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcClient sql = JdbcClient.create(database.dataSource());

    @AfterEach
    void close() {
        database.close();
    }

    private FaceTestbed wire(FacePipeline pipeline) {
        var ds = database.dataSource();
        FaceTestbed.Backing backing = new FaceTestbed.Backing(
                database.transactions(),
                new JdbcSubjectStore(ds),
                new JdbcAuthorizationStore(ds),
                new JdbcNotificationTaskStore(ds),
                new JdbcAuditLog(ds),
                new JdbcCameraStore(ds),
                new JdbcWatchlistStore(ds),
                new JdbcFaceMatchStore(ds),
                new FileEvidenceStore(ds, evidenceDirectory, new BlobCipher(new byte[32], new SecureRandom())));
        return new FaceTestbed(backing, new VectorGalleryIndex(), new PipelinePhotoAnalyzer(pipeline));
    }

    @Test
    void strangersFacesLeaveNothingInTablesFilesOrLogs() throws IOException {
        try (FacePipeline pipeline = FacePipeline.open()) {
            LfwPeople people = new LfwPeople(pipeline, 5);
            FaceTestbed bed = wire(pipeline);
            Camera camera = bed.camera("Parque Calderón N", FaceTestbed.PARQUE_CALDERON);
            SubjectId subject = bed.subject(people.enrolled.name().replace('_', ' '));
            Authorization a = bed.faceSearch(subject, Set.of(camera.id().toString()));
            bed.watchlist
                    .enrol(LegalTestbed.ALICE, subject, a.id(), people.enrolled.photos())
                    .orElseThrow();
            Map<String, Long> rowsBefore = counts();
            List<String> filesBefore = files();
            long auditBefore = count("audit_log");

            Captured captured = new Captured();
            List<FrameReport> reports = captured.during(() -> matchAll(bed, camera, pipeline, people));

            assertThat(reports.stream().mapToInt(FrameReport::faces).sum()).isGreaterThanOrEqualTo(40);
            assertThat(reports).allSatisfy(r -> assertThat(r.matches()).isZero());
            assertThat(counts()).isEqualTo(rowsBefore);
            assertThat(files()).isEqualTo(filesBefore);
            assertThat(count("audit_log")).isEqualTo(auditBefore + 2);
            String dump = String.join(
                    "\n", sql.sql("SCRIPT").query((rs, n) -> rs.getString(1)).list());
            for (Map.Entry<String, List<byte[]>> stranger : people.strangers.entrySet()) {
                List<String> traces = new ArrayList<>(
                        List.of(stranger.getKey(), stranger.getKey().replace('_', ' ')));
                stranger.getValue().forEach(photo -> traces.add(Sha256.hex(photo)));
                for (String trace : traces) {
                    assertThat(dump).doesNotContain(trace);
                    assertThat(captured.text()).doesNotContain(trace);
                    assertThat(String.join(" ", files())).doesNotContain(trace);
                }
            }
            System.out.printf(
                    "No trace: %d frames, %d faces of %d strangers, tables %s unchanged, %d evidence files,"
                            + " captured output %d chars%n",
                    reports.size(),
                    reports.stream().mapToInt(FrameReport::faces).sum(),
                    people.strangers.size(),
                    rowsBefore,
                    filesBefore.size(),
                    captured.text().length());
        }
    }

    private static List<FrameReport> matchAll(FaceTestbed bed, Camera camera, FacePipeline pipeline, LfwPeople people) {
        CameraFrameMatcher matcher = new CameraFrameMatcher(pipeline);
        List<FrameReport> reports = new ArrayList<>();
        try (MatchingSession session =
                bed.matching.open(FaceTestbed.ADMIN, camera.id()).orElseThrow()) {
            people.strangers.values().stream()
                    .flatMap(List::stream)
                    .forEach(frame -> reports.add(
                            matcher.match(session, bed.clock.instant(), frame).orElseThrow()));
        }
        return reports;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        FACE_TABLES.forEach(table -> counts.put(table, count(table)));
        return counts;
    }

    private long count(String table) {
        return sql.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.walk(evidenceDirectory)) {
            return files.map(p -> evidenceDirectory.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    /** Everything written to stdout, stderr and java.util.logging while a piece of work runs. */
    private static final class Captured extends Handler {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final StringBuilder logged = new StringBuilder();

        <T> T during(java.util.function.Supplier<T> work) {
            PrintStream out = System.out;
            PrintStream err = System.err;
            PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            Logger root = Logger.getLogger("");
            Level level = root.getLevel();
            root.addHandler(this);
            root.setLevel(Level.ALL);
            System.setOut(capture);
            System.setErr(capture);
            try {
                return work.get();
            } finally {
                System.setOut(out);
                System.setErr(err);
                root.removeHandler(this);
                root.setLevel(level);
            }
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8) + logged;
        }

        @Override
        public synchronized void publish(LogRecord record) {
            logged.append(record.getLoggerName())
                    .append(' ')
                    .append(record.getMessage())
                    .append('\n');
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
