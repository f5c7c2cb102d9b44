/** Amparo's own REST batch of fixes for integrations, {@code POST /api/v1/locations}. */
@NullMarked
package org.amparo.core.ingest.rest;

import org.jspecify.annotations.NullMarked;
