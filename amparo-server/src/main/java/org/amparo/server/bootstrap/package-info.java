/** First-start administrator and the demo data set. */
@NullMarked
package org.amparo.server.bootstrap;

import org.jspecify.annotations.NullMarked;
