/** JDBC counters of non-personal events for the transparency report. */
@NullMarked
package org.amparo.store.transparency;

import org.jspecify.annotations.NullMarked;
