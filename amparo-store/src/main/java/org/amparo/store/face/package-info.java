/** JDBC stores of face identification and the file-backed encrypted evidence store. */
@NullMarked
package org.amparo.store.face;

import org.jspecify.annotations.NullMarked;
