/** The committed ONNX face models (converted by {@code tools/face-models}), their integrity check and ONNX Runtime sessions. */
@NullMarked
package org.amparo.face.model;

import org.jspecify.annotations.NullMarked;
