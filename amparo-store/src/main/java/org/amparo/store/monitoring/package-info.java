/** JDBC stores of zones and monitoring orders with their rules. */
@NullMarked
package org.amparo.store.monitoring;

import org.jspecify.annotations.NullMarked;
