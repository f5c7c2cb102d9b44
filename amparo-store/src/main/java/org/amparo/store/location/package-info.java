/** JDBC storage of kept location fixes and of the counts of dropped ones. */
@NullMarked
package org.amparo.store.location;

import org.jspecify.annotations.NullMarked;
