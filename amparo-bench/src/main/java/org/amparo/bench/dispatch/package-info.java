/** End-to-end load of emergency dispatch: incidents from calls, proposals and dispatch through the API. */
@NullMarked
package org.amparo.bench.dispatch;

import org.jspecify.annotations.NullMarked;
