package org.amparo.store.face;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.amparo.core.evidence.BlobCipher;
import org.amparo.core.evidence.EvidenceId;
import org.amparo.core.evidence.EvidenceKind;
import org.amparo.core.evidence.EvidenceRecord;
import org.amparo.core.evidence.EvidenceStore;
import org.amparo.core.evidence.IntegrityException;
import org.amparo.core.evidence.Sealed;
import org.amparo.core.evidence.Sha256;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link EvidenceStore} with metadata in {@code face_evidence} (caller's transaction) and each blob
 * sealed with AES-256-GCM, bound to its id, in {@code <directory>/<id>.sealed} (written to a temporary
 * file, then moved into place). Reads check the tag and the SHA-256. A blob written by a transaction
 * that then rolls back stays as an unreadable, unreferenced ciphertext; erasure deletes the rows and
 * then the files. Thread-safe.
 */
public final class FileEvidenceStore implements EvidenceStore {
    private static final String COLUMNS = "id, authorization_id, kind, media_type, sha256, size_bytes, stored_at";

    private final JdbcClient jdbc;
    private final Path directory;
    private final BlobCipher cipher;

    /**
     * @param dataSource the database of the metadata
     * @param directory where blobs are kept (created if missing); configuration {@code
     *     amparo.face.evidence-directory}
     * @param cipher the evidence key's cipher; configuration {@code amparo.face.evidence-key}
     */
    public FileEvidenceStore(DataSource dataSource, Path directory, BlobCipher cipher) {
        this.jdbc = JdbcClient.create(dataSource);
        this.directory = directory;
        this.cipher = cipher;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the evidence directory " + directory, e);
        }
    }

    @Override
    public void put(EvidenceRecord r, byte[] content) {
        if (!Sha256.hex(content).equals(r.sha256()) || content.length != r.sizeBytes()) {
            throw new IllegalArgumentException("content does not match the record's SHA-256 and size");
        }
        jdbc.sql("INSERT INTO face_evidence (" + COLUMNS + ") VALUES (:id, :authorization, :kind, :media, :sha,"
                        + " :size, :at)")
                .param("id", r.id().toString())
                .param("authorization", r.authorizationId().toString())
                .param("kind", r.kind().name())
                .param("media", r.mediaType())
                .param("sha", r.sha256())
                .param("size", r.sizeBytes())
                .param("at", Timestamps.param(r.storedAt()))
                .update();
        Path target = file(r.id());
        try {
            Path temporary = Files.createTempFile(directory, "incoming-", ".part");
            Files.write(temporary, cipher.seal(content, associated(r.id())).bytes());
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write evidence " + r.id(), e);
        }
    }

    @Override
    public Optional<EvidenceRecord> find(EvidenceId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM face_evidence WHERE id = :id")
                .param("id", id.toString())
                .query(FileEvidenceStore::record)
                .optional();
    }

    @Override
    public byte[] read(EvidenceRecord r) {
        byte[] sealed;
        try {
            sealed = Files.readAllBytes(file(r.id()));
        } catch (IOException e) {
            throw new IntegrityException("the blob of evidence " + r.id() + " is missing or unreadable", e);
        }
        byte[] plain = cipher.open(Sealed.of(sealed), associated(r.id()));
        if (!Sha256.hex(plain).equals(r.sha256())) {
            throw new IntegrityException("evidence " + r.id() + " does not match its SHA-256");
        }
        return plain;
    }

    @Override
    public long eraseUnder(AuthorizationId authorization) {
        List<String> ids = jdbc.sql("SELECT id FROM face_evidence WHERE authorization_id = :a")
                .param("a", authorization.toString())
                .query((rs, row) -> rs.getString("id"))
                .list();
        long deleted = jdbc.sql("DELETE FROM face_evidence WHERE authorization_id = :a")
                .param("a", authorization.toString())
                .update();
        for (String id : ids) {
            try {
                Files.deleteIfExists(file(EvidenceId.parse(id)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete evidence " + id, e);
            }
        }
        return deleted;
    }

    private Path file(EvidenceId id) {
        return blobFile(directory, id);
    }

    /** Where the sealed blob of {@code id} lives under {@code directory}. */
    static Path blobFile(Path directory, EvidenceId id) {
        return directory.resolve(id + ".sealed");
    }

    private static byte[] associated(EvidenceId id) {
        return ("amparo/evidence/v1/" + id).getBytes(StandardCharsets.UTF_8);
    }

    private static EvidenceRecord record(ResultSet rs, int row) throws SQLException {
        return new EvidenceRecord(
                EvidenceId.parse(rs.getString("id")),
                AuthorizationId.parse(rs.getString("authorization_id")),
                EvidenceKind.valueOf(rs.getString("kind")),
                rs.getString("media_type"),
                rs.getString("sha256"),
                rs.getLong("size_bytes"),
                Timestamps.read(rs, "stored_at"));
    }
}
