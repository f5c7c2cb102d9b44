/**
 * The exact 1:N gallery index on the JDK Vector API: an int8 copy gives a certified shortlist, the
 * fp32 templates re-rank it, so results equal a brute-force fp32 scan.
 */
@NullMarked
package org.amparo.face.gallery;

import org.jspecify.annotations.NullMarked;
