/** Tests of the face evaluation command. */
@NullMarked
package org.amparo.bench.face;

import org.jspecify.annotations.NullMarked;
