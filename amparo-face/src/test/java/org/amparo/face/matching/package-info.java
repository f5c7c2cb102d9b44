@NullMarked
package org.amparo.face.matching;

import org.jspecify.annotations.NullMarked;
