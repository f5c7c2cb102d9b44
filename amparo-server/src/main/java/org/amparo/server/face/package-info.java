/** Face identification in the running server: its keys, the shared pipeline and the camera sessions. */
@NullMarked
package org.amparo.server.face;

import org.jspecify.annotations.NullMarked;
