/** The tamper-evident, hash-chained audit log of every use of personal data. */
@NullMarked
package org.amparo.core.audit;

import org.jspecify.annotations.NullMarked;
