/** RGB raster images as the face pipeline sees them: decoding, pixel geometry and resampling. */
@NullMarked
package org.amparo.face.image;

import org.jspecify.annotations.NullMarked;
