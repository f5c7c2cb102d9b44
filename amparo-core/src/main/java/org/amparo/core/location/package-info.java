/** The lawful location pipeline: device, binding and policy checks, durable storage of fixes, drop counts. */
@NullMarked
package org.amparo.core.location;

import org.jspecify.annotations.NullMarked;
