/** Device-facing ingest adapters: the device port (OsmAnd, OwnTracks HTTP) and the MQTT listener. */
@NullMarked
package org.amparo.server.ingest;

import org.jspecify.annotations.NullMarked;
