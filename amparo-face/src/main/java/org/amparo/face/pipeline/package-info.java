/** Decode, detect, align, embed and judge image quality in one call: the entry point of the face module. */
@NullMarked
package org.amparo.face.pipeline;

import org.jspecify.annotations.NullMarked;
