package org.amparo.server.map;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.core.access.Actor;
import org.amparo.core.device.DeviceId;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.monitoring.MonitoringOrderId;

/**
 * One justified watch of one monitoring order's subject on one open map: only the fixes of the order's own
 * device for its subject follow live (never a protected person's device), until it ends or expires.
 * Thread-safe: the count is atomic, the rest immutable.
 *
 * @param id the watch
 * @param clientId the map stream it is bound to
 * @param actor who started it
 * @param order the monitoring order
 * @param subject the order's subject
 * @param device the order's device (the subject's, bound under the authorization)
 * @param authorization the authorization the order runs under
 * @param justification why, at least 10 characters, as audited at the start
 * @param startedAt when it started
 * @param expiresAt when it ends by itself
 * @param positions positions sent so far
 */
public record MapWatch(
        String id,
        String clientId,
        Actor actor,
        MonitoringOrderId order,
        SubjectId subject,
        DeviceId device,
        AuthorizationId authorization,
        String justification,
        Instant startedAt,
        Instant expiresAt,
        AtomicInteger positions) {

    /** Why a watch ended. */
    public enum End {
        /** Its 30 minutes were over. */
        EXPIRED,
        /** The user ended it. */
        ENDED,
        /** The map was closed or lost its stream. */
        CLOSED,
        /** The user started another watch on the same map. */
        REPLACED,
        /** The order's monitoring ended. */
        ORDER_ENDED,
        /** The authorization was rejected, revoked or expired: processing stops at once (charter §1). */
        AUTHORIZATION_ENDED
    }
}
