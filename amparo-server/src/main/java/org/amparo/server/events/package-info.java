/** Server-sent events to pages. */
@NullMarked
package org.amparo.server.events;

import org.jspecify.annotations.NullMarked;
