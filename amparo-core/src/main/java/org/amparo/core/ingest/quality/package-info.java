/**
 * Quality filters applied to decoded fixes before they reach a track: zero coordinates, poor accuracy,
 * future or implausibly old time, duplicates and impossible speed. Each drop has a {@link
 * org.amparo.core.ingest.quality.DropReason} for the caller to count.
 */
@NullMarked
package org.amparo.core.ingest.quality;

import org.jspecify.annotations.NullMarked;
