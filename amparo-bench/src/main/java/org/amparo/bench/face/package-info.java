/**
 * Face recognition accuracy ({@code face-eval}: LFW View-2 pairs and the shared 400-image set) and
 * throughput of detect + align + embed against face-api in Node ({@code face-throughput}), and 1:N
 * search over synthetic galleries against exact scans and Lucene's HNSW ({@code FaceSearchBenchmark}).
 */
@NullMarked
package org.amparo.bench.face;

import org.jspecify.annotations.NullMarked;
