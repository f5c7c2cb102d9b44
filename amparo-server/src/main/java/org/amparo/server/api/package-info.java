/** The JSON HTTP API under /api/v1, with RFC 9457 problem responses. */
@NullMarked
package org.amparo.server.api;

import org.jspecify.annotations.NullMarked;
