/** Face embeddings with the dlib ResNet: L2-normalised 128-d vectors and their similarity. */
@NullMarked
package org.amparo.face.embed;

import org.jspecify.annotations.NullMarked;
