/** Unit tests of alignment. */
@NullMarked
package org.amparo.face.align;

import org.jspecify.annotations.NullMarked;
