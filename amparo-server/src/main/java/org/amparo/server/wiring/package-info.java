/** Explicit wiring of the plain-Java core and stores into the application. */
@NullMarked
package org.amparo.server.wiring;

import org.jspecify.annotations.NullMarked;
