/** End-to-end load of the location ingest against a running server, with a plain-insert peer. */
@NullMarked
package org.amparo.bench.ingest;

import org.jspecify.annotations.NullMarked;
