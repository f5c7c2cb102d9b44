/** The typed registry of configuration keys and the generated configuration reference. */
@NullMarked
package org.amparo.server.config;

import org.jspecify.annotations.NullMarked;
