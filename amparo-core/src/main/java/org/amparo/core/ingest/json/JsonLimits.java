package org.amparo.core.ingest.json;

/**
 * Bounds on what {@link JsonReader} accepts, so that a hostile payload costs little. Immutable.
 *
 * @param maxInputBytes largest accepted input, in bytes of UTF-8
 * @param maxDepth deepest nesting of arrays and objects; at most {@value #HARD_MAX_DEPTH}, which keeps the
 *     recursive reader far from a stack overflow
 * @param maxStringChars longest string (member names included), in UTF-16 chars after unescaping
 * @param maxNumberChars longest number literal, in chars
 * @param maxValues most values (of any type, nested ones included) in one document
 */
public record JsonLimits(int maxInputBytes, int maxDepth, int maxStringChars, int maxNumberChars, int maxValues) {
    /** The ceiling of {@code maxDepth}. */
    public static final int HARD_MAX_DEPTH = 256;

    /** Limits that suit a single device message: 64 KiB, depth 16. */
    public static final JsonLimits DEVICE_MESSAGE = new JsonLimits(64 * 1024, 16, 4096, 40, 10_000);

    /** Limits that suit a REST batch of up to a few thousand fixes: 4 MiB, depth 8. */
    public static final JsonLimits BATCH = new JsonLimits(4 * 1024 * 1024, 8, 4096, 40, 200_000);

    public JsonLimits {
        if (maxInputBytes < 1 || maxStringChars < 1 || maxNumberChars < 1 || maxValues < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (maxDepth < 1 || maxDepth > HARD_MAX_DEPTH) {
            throw new IllegalArgumentException("maxDepth must be in [1, " + HARD_MAX_DEPTH + "]: " + maxDepth);
        }
    }
}
