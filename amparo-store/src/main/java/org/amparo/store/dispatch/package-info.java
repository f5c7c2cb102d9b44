/** JDBC stores of emergency dispatch: incidents, timelines, units, caller locations, dead letters, statistics. */
@NullMarked
package org.amparo.store.dispatch;

import org.jspecify.annotations.NullMarked;
