/**
 * The OsmAnd protocol as sent by the Traccar Client app and compatible apps: HTTP GET query strings,
 * POST form bodies and POST JSON bodies (the background-geolocation plugin format).
 */
@NullMarked
package org.amparo.core.ingest.osmand;

import org.jspecify.annotations.NullMarked;
