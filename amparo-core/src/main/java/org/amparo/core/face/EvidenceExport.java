package org.amparo.core.face;

/**
 * A signed export bundle ready to download. Immutable (bytes copied in and out).
 */
public final class EvidenceExport {
    private final String fileName;
    private final byte[] zip;

    EvidenceExport(String fileName, byte[] zip) {
        this.fileName = fileName;
        this.zip = zip.clone();
    }

    /** A suggested file name, e.g. {@code amparo-evidence-<matchId>.zip}. */
    public String fileName() {
        return fileName;
    }

    /** The ZIP (see {@link org.amparo.core.evidence.EvidenceBundle}). */
    public byte[] zip() {
        return zip.clone();
    }
}
