package org.amparo.core.face;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.amparo.core.evidence.Sha256;

/**
 * Identifies a gallery's content for the audit (CHARTER section 5): the hex SHA-256 over the sorted
 * lines {@code <entryId> <templateId> <templateSha256>} of its templates. Equal content gives equal
 * versions whatever the load order.
 *
 * @param hash 64 hex digits
 */
public record GalleryVersion(String hash) {
    /** The version of an empty gallery. */
    public static final GalleryVersion EMPTY = of(List.of());

    public GalleryVersion {
        if (!Sha256.isHex(hash)) {
            throw new IllegalArgumentException("a gallery version is a hex SHA-256");
        }
    }

    public static GalleryVersion of(List<GalleryTemplate> templates) {
        StringBuilder text = new StringBuilder();
        templates.stream()
                .map(t -> t.entryId() + " " + t.templateId() + " " + t.templateSha256() + "\n")
                .sorted(Comparator.naturalOrder())
                .forEach(text::append);
        return new GalleryVersion(Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return hash;
    }
}
