package org.amparo.core.face;

import org.amparo.core.evidence.EvidenceRecord;

/** One decrypted evidence item, for display beside its match. Immutable (bytes copied in and out). */
public final class EvidenceView {
    private final EvidenceRecord record;
    private final byte[] content;

    EvidenceView(EvidenceRecord record, byte[] content) {
        this.record = record;
        this.content = content.clone();
    }

    public EvidenceRecord record() {
        return record;
    }

    public byte[] content() {
        return content.clone();
    }
}
