/** Delivery of alert notices to external channels (webhook, MQTT) from the durable outbox. */
@NullMarked
package org.amparo.server.delivery;

import org.jspecify.annotations.NullMarked;
