/** Alignment of a detected face to dlib's 150x150 chip by a least-squares similarity transform. */
@NullMarked
package org.amparo.face.align;

import org.jspecify.annotations.NullMarked;
