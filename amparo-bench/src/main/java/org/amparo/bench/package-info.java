/** Benchmarks of Amparo against the peers an agency would otherwise use. Never run by CI. */
@NullMarked
package org.amparo.bench;

import org.jspecify.annotations.NullMarked;
