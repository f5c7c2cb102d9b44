/** Geographic value types: points and polygons in WGS 84 degrees. */
@NullMarked
package org.amparo.core.geo;

import org.jspecify.annotations.NullMarked;
