/**
 * Lawful face identification (CHARTER sections 1-5): watchlist entries of one named subject under
 * one authorization, enrolled from uploaded photos only, with templates encrypted at rest; a gallery
 * of in-effect entries; scoped 1:N matching of camera faces that keeps nothing about faces matching
 * nobody and drops (and counts) out-of-scope hits; matches that become actionable only after two
 * different people confirm them; and audited evidence views and signed exports. Model-free: the
 * detector, embedder and vector index plug in through {@link org.amparo.core.face.PhotoAnalyzer},
 * {@link org.amparo.core.face.Probe} and {@link org.amparo.core.face.Gallery}.
 */
@NullMarked
package org.amparo.core.face;

import org.jspecify.annotations.NullMarked;
