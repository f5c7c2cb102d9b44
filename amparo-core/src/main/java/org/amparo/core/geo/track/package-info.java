/**
 * Evaluation of geofence rules over a subject's track: position fixes in, breach and
 * enter/exit events out, per monitoring order ({@link org.amparo.core.geo.track.SubjectMonitor}) or
 * for many orders at once ({@link org.amparo.core.geo.track.GeofenceEngine}).
 */
@NullMarked
package org.amparo.core.geo.track;

import org.jspecify.annotations.NullMarked;
