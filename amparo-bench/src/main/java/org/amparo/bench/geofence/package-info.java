/**
 * Geofence rule evaluation throughput: Amparo's {@code GeofenceEngine} replaying a seeded synthetic
 * city (zones, stay-within subjects, keep-apart pairs, random-walk fixes) against a straightforward
 * JTS STRtree + PreparedGeometry evaluation of the same fixes.
 */
@NullMarked
package org.amparo.bench.geofence;

import org.jspecify.annotations.NullMarked;
