package org.amparo.core.testing;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.core.evidence.BlobCipher;
import org.amparo.core.evidence.EvidenceId;
import org.amparo.core.evidence.EvidenceRecord;
import org.amparo.core.evidence.EvidenceStore;
import org.amparo.core.evidence.IntegrityException;
import org.amparo.core.evidence.Sealed;
import org.amparo.core.evidence.Sha256;
import org.amparo.core.legal.AuthorizationId;

/** Evidence sealed with a real {@link BlobCipher}, kept in maps. Thread-safe (every method is synchronized). */
public final class InMemoryEvidenceStore implements EvidenceStore {
    private final BlobCipher cipher = new BlobCipher(new byte[32], new SecureRandom());
    private final Map<EvidenceId, EvidenceRecord> records = new LinkedHashMap<>();
    private final Map<EvidenceId, Sealed> blobs = new LinkedHashMap<>();

    @Override
    public synchronized void put(EvidenceRecord record, byte[] content) {
        if (!Sha256.hex(content).equals(record.sha256())) {
            throw new IllegalArgumentException("content does not match the record's SHA-256");
        }
        records.put(record.id(), record);
        blobs.put(record.id(), cipher.seal(content, record.id().toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public synchronized Optional<EvidenceRecord> find(EvidenceId id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public synchronized byte[] read(EvidenceRecord record) {
        Sealed sealed = blobs.get(record.id());
        if (sealed == null) {
            throw new IntegrityException("no blob for evidence " + record.id());
        }
        byte[] plain = cipher.open(sealed, record.id().toString().getBytes(StandardCharsets.UTF_8));
        if (!Sha256.hex(plain).equals(record.sha256())) {
            throw new IntegrityException("evidence " + record.id() + " does not match its SHA-256");
        }
        return plain;
    }

    @Override
    public synchronized long eraseUnder(AuthorizationId authorization) {
        List<EvidenceId> under = records.values().stream()
                .filter(r -> r.authorizationId().equals(authorization))
                .map(EvidenceRecord::id)
                .toList();
        under.forEach(id -> {
            records.remove(id);
            blobs.remove(id);
        });
        return under.size();
    }

    /** Every stored record, in insertion order. */
    public synchronized List<EvidenceRecord> records() {
        return List.copyOf(records.values());
    }

    /** The sealed bytes of one item, as stored. */
    public synchronized Optional<Sealed> sealed(EvidenceId id) {
        return Optional.ofNullable(blobs.get(id));
    }
}
