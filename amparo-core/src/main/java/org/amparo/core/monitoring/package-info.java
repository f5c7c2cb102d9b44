/** Zones and monitoring orders as stored and requested, and their translation to the geofence engine. */
@NullMarked
package org.amparo.core.monitoring;

import org.jspecify.annotations.NullMarked;
