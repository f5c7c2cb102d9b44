/**
 * A small, strict JSON reader (RFC 8259) for device messages, with limits against hostile input.
 *
 * <p>The core may not depend on a JSON library, and device payloads are small, so this reader trades
 * speed and features for strictness: no comments, no trailing commas, no {@code NaN}, no duplicate keys,
 * no byte order mark, strict UTF-8, bounded size, depth, string and number length.
 */
@NullMarked
package org.amparo.core.ingest.json;

import org.jspecify.annotations.NullMarked;
