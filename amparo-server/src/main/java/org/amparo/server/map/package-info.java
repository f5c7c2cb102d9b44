/**
 * The command centre's live map: the layers each role may see, and a coalescing feed of unit positions
 * and layer changes over server-sent events.
 */
@NullMarked
package org.amparo.server.map;

import org.jspecify.annotations.NullMarked;
