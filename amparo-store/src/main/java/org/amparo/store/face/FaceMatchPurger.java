package org.amparo.store.face;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.amparo.core.evidence.EvidenceId;
import org.amparo.core.face.FaceMatchStatus;
import org.amparo.core.retention.DataClass;
import org.amparo.core.retention.RetentionPurger;
import org.amparo.store.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Purges face matches past their maximum age, oldest first, one bounded batch at a time: each match
 * with its verdicts, its sighting, its probe crop's metadata and then the crop's sealed file (a file
 * already missing is fine). {@link DataClass#SIGHTING} covers matches never confirmed (pending or
 * rejected), {@link DataClass#EVIDENCE} confirmed ones. A match under an active legal hold is
 * skipped, however old; once the hold is released the next purge deletes it with its released
 * holds. The age counts from when the match was raised. Enrolment photos are not touched: they live
 * as long as their watchlist entry. Logs counts only, never content. Thread-safe.
 */
public final class FaceMatchPurger implements RetentionPurger {
    private static final Logger LOG = LoggerFactory.getLogger(FaceMatchPurger.class);

    private final JdbcClient jdbc;
    private final Path evidenceDirectory;
    private final DataClass dataClass;
    private final String statuses;

    private FaceMatchPurger(
            DataSource dataSource, Path evidenceDirectory, DataClass dataClass, Set<FaceMatchStatus> s) {
        this.jdbc = JdbcClient.create(dataSource);
        this.evidenceDirectory = evidenceDirectory;
        this.dataClass = dataClass;
        this.statuses = s.stream().map(x -> "'" + x.name() + "'").sorted().collect(Collectors.joining(", "));
    }

    /** Matches never confirmed: pending or rejected ({@link DataClass#SIGHTING}). */
    public static FaceMatchPurger unconfirmed(DataSource dataSource, Path evidenceDirectory) {
        return new FaceMatchPurger(
                dataSource,
                evidenceDirectory,
                DataClass.SIGHTING,
                Set.of(FaceMatchStatus.PENDING_CONFIRMATION, FaceMatchStatus.REJECTED));
    }

    /** Confirmed sightings with their evidence ({@link DataClass#EVIDENCE}). */
    public static FaceMatchPurger confirmed(DataSource dataSource, Path evidenceDirectory) {
        return new FaceMatchPurger(
                dataSource, evidenceDirectory, DataClass.EVIDENCE, Set.of(FaceMatchStatus.CONFIRMED));
    }

    @Override
    public DataClass dataClass() {
        return dataClass;
    }

    private record Doomed(String match, String sighting, String crop) {}

    @Override
    public int purgeBatch(Instant cutoff, int batchSize) {
        List<Doomed> batch = jdbc.sql("SELECT m.id AS match_id, s.id AS sighting_id, s.probe_evidence_id"
                        + " FROM face_matches m JOIN face_sightings s ON s.id = m.sighting_id"
                        + " WHERE m.status IN (" + statuses + ") AND m.raised_at < :cutoff"
                        + " AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.match_id = m.id"
                        + " AND h.released_at IS NULL)"
                        + " ORDER BY m.raised_at, m.id FETCH FIRST :limit ROWS ONLY")
                .param("cutoff", Timestamps.param(cutoff))
                .param("limit", batchSize)
                .query(FaceMatchPurger::doomed)
                .list();
        if (batch.isEmpty()) {
            return 0;
        }
        List<String> matches = batch.stream().map(Doomed::match).toList();
        List<String> sightings = batch.stream().map(Doomed::sighting).toList();
        List<String> crops = batch.stream().map(Doomed::crop).distinct().toList();
        jdbc.sql("DELETE FROM face_match_verdicts WHERE match_id IN (:ids)")
                .param("ids", matches)
                .update();
        jdbc.sql("DELETE FROM legal_holds WHERE match_id IN (:ids)")
                .param("ids", matches)
                .update();
        int deleted = jdbc.sql("DELETE FROM face_matches WHERE id IN (:ids)")
                .param("ids", matches)
                .update();
        jdbc.sql("DELETE FROM face_sightings WHERE id IN (:ids)")
                .param("ids", sightings)
                .update();
        // A crop still referenced elsewhere (a template, another sighting) is not this match's alone.
        List<String> unreferenced = jdbc.sql("SELECT e.id FROM face_evidence e WHERE e.id IN (:ids)"
                        + " AND NOT EXISTS (SELECT 1 FROM face_sightings s WHERE s.probe_evidence_id = e.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM watchlist_templates t WHERE t.photo_evidence_id = e.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM face_matches m WHERE m.enrolled_photo_id = e.id)")
                .param("ids", crops)
                .query((rs, row) -> rs.getString("id"))
                .list();
        int evidence = unreferenced.isEmpty()
                ? 0
                : jdbc.sql("DELETE FROM face_evidence WHERE id IN (:ids)")
                        .param("ids", unreferenced)
                        .update();
        int files = 0;
        int missing = 0;
        int failed = 0;
        for (String id : unreferenced) {
            try {
                if (Files.deleteIfExists(FileEvidenceStore.blobFile(evidenceDirectory, EvidenceId.parse(id)))) {
                    files++;
                } else {
                    missing++;
                }
            } catch (IOException e) {
                failed++;
                LOG.error("retention: cannot delete the sealed file of evidence {}: {}", id, e.toString());
            }
        }
        LOG.info(
                "retention {}: deleted {} face matches with their sightings, {} evidence records, {} sealed files"
                        + " ({} already missing, {} not deletable)",
                dataClass,
                deleted,
                evidence,
                files,
                missing,
                failed);
        return deleted;
    }

    private static Doomed doomed(ResultSet rs, int row) throws SQLException {
        return new Doomed(rs.getString("match_id"), rs.getString("sighting_id"), rs.getString("probe_evidence_id"));
    }
}
