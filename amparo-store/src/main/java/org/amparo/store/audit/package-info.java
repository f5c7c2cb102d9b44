/** The hash-chained audit log on JDBC, its streaming verification and its retention purge. */
@NullMarked
package org.amparo.store.audit;

import org.jspecify.annotations.NullMarked;
