/** JDBC store of administrative areas. */
@NullMarked
package org.amparo.store.geo;

import org.jspecify.annotations.NullMarked;
