/** Tests of the face pipeline, on real photographs where the shared data set is present. */
@NullMarked
package org.amparo.face.pipeline;

import org.jspecify.annotations.NullMarked;
