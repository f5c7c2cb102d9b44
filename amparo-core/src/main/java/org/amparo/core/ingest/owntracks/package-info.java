/** OwnTracks JSON location messages, over MQTT ({@code owntracks/<user>/<device>}) or HTTP. */
@NullMarked
package org.amparo.core.ingest.owntracks;

import org.jspecify.annotations.NullMarked;
