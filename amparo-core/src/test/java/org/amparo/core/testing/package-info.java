/**
 * Fakes of the core's ports for tests: in-memory stores, a settable clock, direct transactions and
 * recording listeners. Shipped in the core's test jar so that store and server tests reuse them.
 */
@NullMarked
package org.amparo.core.testing;

import org.jspecify.annotations.NullMarked;
