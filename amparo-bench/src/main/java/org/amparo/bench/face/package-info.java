/**
 * Face recognition accuracy ({@code face-eval}: LFW View-2 pairs and the shared 400-image set) and
 * throughput of detect + align + embed against face-api in Node ({@code face-throughput}).
 */
@NullMarked
package org.amparo.bench.face;

import org.jspecify.annotations.NullMarked;
