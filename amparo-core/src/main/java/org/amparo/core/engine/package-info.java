/** Ports the pipeline needs from its surroundings: transactions and identifiers. */
@NullMarked
package org.amparo.core.engine;

import org.jspecify.annotations.NullMarked;
