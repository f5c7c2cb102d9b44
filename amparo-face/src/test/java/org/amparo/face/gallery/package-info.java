@NullMarked
package org.amparo.face.gallery;

import org.jspecify.annotations.NullMarked;
