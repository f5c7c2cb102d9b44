package org.amparo.core.ingest.emergency.pidf;

import org.amparo.core.geo.GeoPoint;
import org.jspecify.annotations.Nullable;

/** A PIDF-LO geometry reduced to a centre and an uncertainty radius. */
record Shape(
        GeoPoint centre,
        @Nullable Double radiusMeters,
        @Nullable Double altitudeMeters) {}
