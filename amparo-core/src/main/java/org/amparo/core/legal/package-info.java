/** Authorizations, the processing policy, the audit chain, retention and transparency. */
@NullMarked
package org.amparo.core.legal;

import org.jspecify.annotations.NullMarked;
