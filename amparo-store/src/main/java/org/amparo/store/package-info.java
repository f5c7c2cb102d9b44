/** JDBC implementations of the core's stores, for the embedded H2 default and PostgreSQL. */
@NullMarked
package org.amparo.store;

import org.jspecify.annotations.NullMarked;
