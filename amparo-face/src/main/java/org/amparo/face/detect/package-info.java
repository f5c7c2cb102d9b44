/** Face detection with MediaPipe BlazeFace (256x256): anchors, box and keypoint decoding, non-maximum suppression, tiling. */
@NullMarked
package org.amparo.face.detect;

import org.jspecify.annotations.NullMarked;
