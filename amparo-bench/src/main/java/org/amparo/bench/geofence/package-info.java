/**
 * Geofence rule evaluation throughput: Amparo's {@code GeofenceEngine} replaying a seeded synthetic
 * city (zones, stay-within subjects, keep-apart pairs, random-walk fixes) against a straightforward
 * JTS STRtree + PreparedGeometry evaluation of the same fixes and against PostGIS, queried per fix and
 * in batched joins.
 */
@NullMarked
package org.amparo.bench.geofence;

import org.jspecify.annotations.NullMarked;
