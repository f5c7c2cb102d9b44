/** Maximum ages per data class and the purge that enforces them. */
@NullMarked
package org.amparo.core.retention;

import org.jspecify.annotations.NullMarked;
