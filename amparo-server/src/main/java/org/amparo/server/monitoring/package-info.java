/** The geofence runtime: one engine fed by kept fixes and a clock tick, its events turned into alerts. */
@NullMarked
package org.amparo.server.monitoring;

import org.jspecify.annotations.NullMarked;
