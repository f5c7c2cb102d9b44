/** The camera registry: where each camera is, whether it is in use, and who registered it. */
@NullMarked
package org.amparo.core.camera;

import org.jspecify.annotations.NullMarked;
