/** The publishable transparency report: counts only, no personal data. */
@NullMarked
package org.amparo.core.transparency;

import org.jspecify.annotations.NullMarked;
