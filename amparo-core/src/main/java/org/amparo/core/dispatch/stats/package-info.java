/**
 * Incident statistics for the dashboard and for checking public claims: incidents per province and period (day, ISO
 * week, month in the agency's time zone), by type and priority, with response times taken from the timeline, and a
 * period compared with the same period a year earlier. Aggregated in Java from one row per incident, so that the
 * store's SQL stays portable and calendar buckets follow the zone exactly. No personal data.
 */
@NullMarked
package org.amparo.core.dispatch.stats;

import org.jspecify.annotations.NullMarked;
