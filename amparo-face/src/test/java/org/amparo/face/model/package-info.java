/** Tests of the committed face models against the original networks. */
@NullMarked
package org.amparo.face.model;

import org.jspecify.annotations.NullMarked;
