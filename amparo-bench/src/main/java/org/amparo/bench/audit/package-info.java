/** Audit-log append throughput: the hash chain against a plain, unchained audit table. */
@NullMarked
package org.amparo.bench.audit;

import org.jspecify.annotations.NullMarked;
