package org.amparo.core.legal;

import java.time.Instant;

/**
 * An approver's decision on a request, or the end of an authorization.
 *
 * @param by username of the deciding person ("system" for automatic expiry)
 * @param at when
 * @param reason the written reason
 */
public record Decision(String by, Instant at, String reason) {}
