package org.amparo.store.face;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.amparo.core.camera.CameraId;
import org.amparo.core.evidence.EvidenceId;
import org.amparo.core.face.FaceMatch;
import org.amparo.core.face.FaceMatchId;
import org.amparo.core.face.FaceMatchQuery;
import org.amparo.core.face.FaceMatchStatus;
import org.amparo.core.face.FaceMatchStore;
import org.amparo.core.face.GalleryVersion;
import org.amparo.core.face.Sighting;
import org.amparo.core.face.Verdict;
import org.amparo.core.face.VerdictKind;
import org.amparo.core.face.WatchlistEntryId;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link FaceMatchStore} on {@code face_sightings}, {@code face_matches} and {@code
 * face_match_verdicts}. {@link #findForUpdate} locks the match row ({@code FOR UPDATE}) so that two
 * reviewers deciding at once are serialized. Uses the caller's transaction; thread-safe.
 */
public final class JdbcFaceMatchStore implements FaceMatchStore {
    private static final String SELECT = "SELECT m.id, m.enrolled_photo_id, m.gallery_version, m.raised_at, m.status,"
            + " s.id AS sighting_id, s.entry_id, s.subject_id, s.authorization_id, s.camera_id, s.latitude,"
            + " s.longitude, s.captured_at, s.similarity, s.probe_evidence_id, s.probe_sha256"
            + " FROM face_matches m JOIN face_sightings s ON s.id = m.sighting_id";

    private final JdbcClient jdbc;

    public JdbcFaceMatchStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void insert(FaceMatch m) {
        Sighting s = m.sighting();
        jdbc.sql("INSERT INTO face_sightings (id, entry_id, subject_id, authorization_id, camera_id, latitude,"
                        + " longitude, captured_at, similarity, probe_evidence_id, probe_sha256) VALUES (:id, :entry,"
                        + " :subject, :authorization, :camera, :lat, :lon, :at, :similarity, :probe, :probeHash)")
                .param("id", s.id().toString())
                .param("entry", s.entryId().toString())
                .param("subject", s.subjectId().toString())
                .param("authorization", s.authorizationId().toString())
                .param("camera", s.cameraId().toString())
                .param("lat", s.position().latitude())
                .param("lon", s.position().longitude())
                .param("at", Timestamps.param(s.at()))
                .param("similarity", s.similarity())
                .param("probe", s.probeCrop().toString())
                .param("probeHash", s.probeSha256())
                .update();
        jdbc.sql("INSERT INTO face_matches (id, sighting_id, enrolled_photo_id, gallery_version, raised_at, status)"
                        + " VALUES (:id, :sighting, :photo, :version, :at, :status)")
                .param("id", m.id().toString())
                .param("sighting", s.id().toString())
                .param("photo", m.enrolledPhoto().toString())
                .param("version", m.galleryVersion().hash())
                .param("at", Timestamps.param(m.raisedAt()))
                .param("status", m.status().name())
                .update();
        m.verdicts().forEach(v -> insertVerdict(m.id(), v, m.verdicts().indexOf(v)));
    }

    @Override
    public Optional<FaceMatch> find(FaceMatchId id) {
        return one(SELECT + " WHERE m.id = :id", id);
    }

    @Override
    public Optional<FaceMatch> findForUpdate(FaceMatchId id) {
        jdbc.sql("SELECT id FROM face_matches WHERE id = :id FOR UPDATE")
                .param("id", id.toString())
                .query(String.class)
                .optional();
        return find(id);
    }

    @Override
    public void addVerdict(FaceMatch updated, Verdict verdict) {
        insertVerdict(updated.id(), verdict, updated.verdicts().size() - 1);
        int changed = jdbc.sql("UPDATE face_matches SET status = :status WHERE id = :id")
                .param("id", updated.id().toString())
                .param("status", updated.status().name())
                .update();
        if (changed != 1) {
            throw new IllegalStateException("no face match " + updated.id());
        }
    }

    private void insertVerdict(FaceMatchId match, Verdict v, int position) {
        jdbc.sql("INSERT INTO face_match_verdicts (match_id, username, verdict, decided_at, position)"
                        + " VALUES (:match, :user, :verdict, :at, :pos)")
                .param("match", match.toString())
                .param("user", v.username())
                .param("verdict", v.kind().name())
                .param("at", Timestamps.param(v.at()))
                .param("pos", position)
                .update();
    }

    @Override
    public List<FaceMatch> list(FaceMatchQuery q) {
        List<String> where = new ArrayList<>(List.of("1 = 1"));
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.status() != null) {
            where.add("m.status = :status");
            params.put("status", q.status().name());
        }
        if (q.since() != null) {
            where.add("m.raised_at >= :since");
            params.put("since", Timestamps.param(q.since()));
        }
        params.put("limit", q.limit());
        return withVerdicts(jdbc.sql(SELECT + " WHERE " + String.join(" AND ", where)
                        + " ORDER BY m.raised_at DESC, m.id FETCH FIRST :limit ROWS ONLY")
                .params(params)
                .query(JdbcFaceMatchStore::row)
                .list());
    }

    @Override
    public long deleteUnder(AuthorizationId id) {
        String matches = "SELECT m.id FROM face_matches m JOIN face_sightings s ON s.id = m.sighting_id"
                + " WHERE s.authorization_id = :id";
        long verdicts = jdbc.sql("DELETE FROM face_match_verdicts WHERE match_id IN (" + matches + ")")
                .param("id", id.toString())
                .update();
        long deleted = jdbc.sql("DELETE FROM face_matches WHERE id IN (" + matches + ")")
                .param("id", id.toString())
                .update();
        long sightings = jdbc.sql("DELETE FROM face_sightings WHERE authorization_id = :id")
                .param("id", id.toString())
                .update();
        return verdicts + deleted + sightings;
    }

    private Optional<FaceMatch> one(String sql, FaceMatchId id) {
        return withVerdicts(jdbc.sql(sql)
                        .param("id", id.toString())
                        .query(JdbcFaceMatchStore::row)
                        .list())
                .stream()
                .findFirst();
    }

    /** A match row without its verdicts yet. */
    private record Row(
            FaceMatchId id,
            Sighting sighting,
            EvidenceId photo,
            GalleryVersion version,
            java.time.Instant raisedAt,
            FaceMatchStatus status) {}

    private List<FaceMatch> withVerdicts(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Verdict>> verdicts = new LinkedHashMap<>();
        jdbc.sql("SELECT match_id, username, verdict, decided_at FROM face_match_verdicts"
                        + " WHERE match_id IN (:ids) ORDER BY match_id, position")
                .param("ids", rows.stream().map(r -> r.id().toString()).toList())
                .query((ResultSet rs) -> {
                    verdicts.computeIfAbsent(rs.getString("match_id"), k -> new ArrayList<>())
                            .add(new Verdict(
                                    rs.getString("username"),
                                    VerdictKind.valueOf(rs.getString("verdict")),
                                    Timestamps.read(rs, "decided_at")));
                });
        return rows.stream()
                .map(r -> new FaceMatch(
                        r.id(),
                        r.sighting(),
                        r.photo(),
                        r.version(),
                        r.raisedAt(),
                        r.status(),
                        verdicts.getOrDefault(r.id().toString(), List.of())))
                .toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Sighting sighting = new Sighting(
                UUID.fromString(rs.getString("sighting_id")),
                WatchlistEntryId.parse(rs.getString("entry_id")),
                SubjectId.parse(rs.getString("subject_id")),
                AuthorizationId.parse(rs.getString("authorization_id")),
                CameraId.parse(rs.getString("camera_id")),
                new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
                Timestamps.read(rs, "captured_at"),
                rs.getDouble("similarity"),
                EvidenceId.parse(rs.getString("probe_evidence_id")),
                rs.getString("probe_sha256"));
        return new Row(
                FaceMatchId.parse(rs.getString("id")),
                sighting,
                EvidenceId.parse(rs.getString("enrolled_photo_id")),
                new GalleryVersion(rs.getString("gallery_version")),
                Timestamps.read(rs, "raised_at"),
                FaceMatchStatus.valueOf(rs.getString("status")));
    }
}
