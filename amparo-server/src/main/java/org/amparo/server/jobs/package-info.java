/** Scheduled work: authorization expiry, retention purge. */
@NullMarked
package org.amparo.server.jobs;

import org.jspecify.annotations.NullMarked;
