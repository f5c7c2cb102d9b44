package org.amparo.core.ingest.osmand;

/**
 * Size bounds of one OsmAnd request, checked before any parsing. Immutable.
 *
 * @param maxQueryChars longest raw query string or form body, in chars (Traccar Client sends about 200)
 * @param maxBodyBytes largest body, in bytes
 * @param maxParameters most {@code key=value} pairs in a query or form
 */
public record OsmAndLimits(int maxQueryChars, int maxBodyBytes, int maxParameters) {
    /** 8 KiB of query, 64 KiB of body, 64 parameters. */
    public static final OsmAndLimits DEFAULT = new OsmAndLimits(8192, 64 * 1024, 64);

    public OsmAndLimits {
        if (maxQueryChars < 1 || maxBodyBytes < 1 || maxParameters < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
