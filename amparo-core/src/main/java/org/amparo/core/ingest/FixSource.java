package org.amparo.core.ingest;

/** The protocol a fix arrived by. */
public enum FixSource {
    /** The OsmAnd protocol of the Traccar Client app and compatible apps (HTTP query, form or JSON). */
    OSMAND,
    /** OwnTracks JSON, over MQTT or HTTP. */
    OWNTRACKS,
    /** Amparo's own REST batch, {@code POST /api/v1/locations}. */
    REST_BATCH,
    /** A face sighting confirmed by two people: the camera's position, not a device's. */
    CAMERA
}
