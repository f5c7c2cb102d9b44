/**
 * Server-side parts of emergency dispatch that are neither HTTP nor wiring: the province directory built from the
 * imported administrative areas, and the fan-out of kept location fixes to the geofence runtime and the units.
 */
@NullMarked
package org.amparo.server.dispatch;

import org.jspecify.annotations.NullMarked;
