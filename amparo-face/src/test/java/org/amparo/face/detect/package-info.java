/** Unit tests of detection: anchors, suppression, tiling. */
@NullMarked
package org.amparo.face.detect;

import org.jspecify.annotations.NullMarked;
