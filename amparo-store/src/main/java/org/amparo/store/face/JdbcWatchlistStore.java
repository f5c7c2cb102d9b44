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
import org.amparo.core.evidence.EvidenceId;
import org.amparo.core.evidence.Sealed;
import org.amparo.core.face.EnrolledTemplate;
import org.amparo.core.face.WatchlistEntry;
import org.amparo.core.face.WatchlistEntryId;
import org.amparo.core.face.WatchlistStore;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link WatchlistStore} on {@code watchlist_entries} and {@code watchlist_templates}; templates are
 * stored sealed, as given. Uses the caller's transaction; thread-safe.
 */
public final class JdbcWatchlistStore implements WatchlistStore {
    private static final String ENTRY =
            "SELECT id, subject_id, authorization_id, enrolled_by, enrolled_at" + " FROM watchlist_entries";

    private final JdbcClient jdbc;

    public JdbcWatchlistStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void insert(WatchlistEntry e) {
        jdbc.sql("INSERT INTO watchlist_entries (id, subject_id, authorization_id, enrolled_by, enrolled_at)"
                        + " VALUES (:id, :subject, :authorization, :by, :at)")
                .param("id", e.id().toString())
                .param("subject", e.subjectId().toString())
                .param("authorization", e.authorizationId().toString())
                .param("by", e.enrolledBy())
                .param("at", Timestamps.param(e.enrolledAt()))
                .update();
        for (int i = 0; i < e.templates().size(); i++) {
            EnrolledTemplate t = e.templates().get(i);
            jdbc.sql("INSERT INTO watchlist_templates (id, entry_id, position, sealed, template_sha256,"
                            + " photo_evidence_id, photo_sha256) VALUES (:id, :entry, :pos, :sealed, :hash, :photo,"
                            + " :photoHash)")
                    .param("id", t.id().toString())
                    .param("entry", e.id().toString())
                    .param("pos", i)
                    .param("sealed", t.sealed().bytes())
                    .param("hash", t.templateSha256())
                    .param("photo", t.photo().toString())
                    .param("photoHash", t.photoSha256())
                    .update();
        }
    }

    @Override
    public Optional<WatchlistEntry> find(WatchlistEntryId id) {
        return entries("id = :v", id.toString()).stream().findFirst();
    }

    @Override
    public Optional<WatchlistEntry> forAuthorization(AuthorizationId id) {
        return entries("authorization_id = :v", id.toString()).stream().findFirst();
    }

    @Override
    public List<WatchlistEntry> all() {
        return entries("enrolled_by <> :v", "");
    }

    @Override
    public long deleteUnder(AuthorizationId id) {
        long templates = jdbc.sql("DELETE FROM watchlist_templates WHERE entry_id IN"
                        + " (SELECT e.id FROM watchlist_entries e WHERE e.authorization_id = :id)")
                .param("id", id.toString())
                .update();
        long entries = jdbc.sql("DELETE FROM watchlist_entries WHERE authorization_id = :id")
                .param("id", id.toString())
                .update();
        return templates + entries;
    }

    private record Head(
            WatchlistEntryId id, SubjectId subject, AuthorizationId authorization, String by, java.time.Instant at) {}

    /** The entries whose row satisfies {@code where} (with parameter {@code :v}), oldest first. */
    private List<WatchlistEntry> entries(String where, String value) {
        List<Head> heads = jdbc.sql(ENTRY + " WHERE " + where + " ORDER BY enrolled_at, id")
                .param("v", value)
                .query((rs, row) -> new Head(
                        WatchlistEntryId.parse(rs.getString("id")),
                        SubjectId.parse(rs.getString("subject_id")),
                        AuthorizationId.parse(rs.getString("authorization_id")),
                        rs.getString("enrolled_by"),
                        Timestamps.read(rs, "enrolled_at")))
                .list();
        Map<String, List<EnrolledTemplate>> templates = templatesOf(where, value);
        List<WatchlistEntry> entries = new ArrayList<>(heads.size());
        for (Head h : heads) {
            entries.add(new WatchlistEntry(
                    h.id(),
                    h.subject(),
                    h.authorization(),
                    h.by(),
                    h.at(),
                    templates.getOrDefault(h.id().toString(), List.of())));
        }
        return entries;
    }

    private Map<String, List<EnrolledTemplate>> templatesOf(String where, String value) {
        Map<String, List<EnrolledTemplate>> byEntry = new LinkedHashMap<>();
        jdbc.sql("SELECT id, entry_id, sealed, template_sha256, photo_evidence_id, photo_sha256"
                        + " FROM watchlist_templates WHERE entry_id IN (SELECT id FROM watchlist_entries WHERE "
                        + where + ") ORDER BY entry_id, position")
                .param("v", value)
                .query((ResultSet rs) -> {
                    byEntry.computeIfAbsent(rs.getString("entry_id"), k -> new ArrayList<>())
                            .add(template(rs));
                });
        return byEntry;
    }

    private static EnrolledTemplate template(ResultSet rs) throws SQLException {
        return new EnrolledTemplate(
                UUID.fromString(rs.getString("id")),
                Sealed.of(rs.getBytes("sealed")),
                rs.getString("template_sha256"),
                EvidenceId.parse(rs.getString("photo_evidence_id")),
                rs.getString("photo_sha256"));
    }
}
