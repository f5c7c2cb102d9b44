/**
 * Geofence zones: circles and (multi)polygons that answer a signed distance in metres from a point
 * to their boundary (negative inside), the accuracy-aware {@link org.amparo.core.geo.zone.Presence}
 * of a fix, and a spatial index over many zones. Zones must not cross the antimeridian.
 */
@NullMarked
package org.amparo.core.geo.zone;

import org.jspecify.annotations.NullMarked;
