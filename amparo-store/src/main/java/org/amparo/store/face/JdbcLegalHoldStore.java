package org.amparo.store.face;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.amparo.core.face.FaceMatchId;
import org.amparo.core.face.LegalHold;
import org.amparo.core.face.LegalHoldStore;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link LegalHoldStore} on {@code legal_holds}. Thread-safe. */
public final class JdbcLegalHoldStore implements LegalHoldStore {
    private static final String COLUMNS =
            "id, match_id, case_reference, placed_by, placed_at, released_by, released_at";

    private final JdbcClient jdbc;

    public JdbcLegalHoldStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void insert(LegalHold h) {
        jdbc.sql("INSERT INTO legal_holds (" + COLUMNS + ") VALUES (:id, :match, :ref, :by, :at, :rby, :rat)")
                .param("id", h.id().toString())
                .param("match", h.matchId().toString())
                .param("ref", h.caseReference())
                .param("by", h.placedBy())
                .param("at", Timestamps.param(h.placedAt()))
                .param("rby", h.releasedBy())
                .param("rat", Timestamps.param(h.releasedAt()))
                .update();
    }

    @Override
    public Optional<LegalHold> active(FaceMatchId match) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM legal_holds WHERE match_id = :m AND released_at IS NULL"
                        + " ORDER BY placed_at")
                .param("m", match.toString())
                .query(JdbcLegalHoldStore::row)
                .list()
                .stream()
                .findFirst();
    }

    @Override
    public boolean release(LegalHold released) {
        if (released.releasedAt() == null) {
            throw new IllegalArgumentException("not a released hold");
        }
        return jdbc.sql("UPDATE legal_holds SET released_by = :by, released_at = :at"
                                + " WHERE id = :id AND released_at IS NULL")
                        .param("by", released.releasedBy())
                        .param("at", Timestamps.param(released.releasedAt()))
                        .param("id", released.id().toString())
                        .update()
                == 1;
    }

    @Override
    public List<LegalHold> of(FaceMatchId match) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_holds WHERE match_id = :m ORDER BY placed_at")
                .param("m", match.toString())
                .query(JdbcLegalHoldStore::row)
                .list();
    }

    private static LegalHold row(ResultSet rs, int row) throws SQLException {
        return new LegalHold(
                UUID.fromString(rs.getString("id")),
                FaceMatchId.parse(rs.getString("match_id")),
                rs.getString("case_reference"),
                rs.getString("placed_by"),
                Timestamps.read(rs, "placed_at"),
                rs.getString("released_by"),
                Timestamps.readNullable(rs, "released_at"));
    }
}
