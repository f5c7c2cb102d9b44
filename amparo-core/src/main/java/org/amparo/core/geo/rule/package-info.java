/**
 * Geofence rules of a monitoring order as immutable data: stay-within, stay-out, keep-apart,
 * curfew, silence and low battery, with their hysteresis, dwell and weekly schedules. Evaluation
 * lives in {@code org.amparo.core.geo.track}.
 */
@NullMarked
package org.amparo.core.geo.rule;

import org.jspecify.annotations.NullMarked;
