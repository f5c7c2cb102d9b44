/**
 * Decoders of device location messages into typed {@link org.amparo.core.ingest.DeviceFix} values.
 *
 * <p>Every decoder returns a {@link org.amparo.core.ingest.DecodeResult}: the fixes a message carries, or
 * the reason it was refused. Decoders never return null and never throw on hostile input; they are
 * stateless and thread-safe. Plausibility (future, stale, duplicate, teleporting fixes) is judged
 * afterwards by {@link org.amparo.core.ingest.quality.FixFilter}.
 */
@NullMarked
package org.amparo.core.ingest;

import org.jspecify.annotations.NullMarked;
