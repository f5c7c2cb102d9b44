/** The Amparo server application. */
@NullMarked
package org.amparo.server;

import org.jspecify.annotations.NullMarked;
