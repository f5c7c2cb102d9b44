package org.amparo.core.device;

import java.time.Instant;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;
import org.jspecify.annotations.Nullable;

/**
 * "This device's fixes are this subject's, under this authorization", from a time until unbound.
 * A device has at most one open binding. Fixes still pass the {@code ProcessingPolicy} one by one:
 * a binding alone permits nothing. Immutable.
 *
 * @param deviceId the device
 * @param subjectId the subject carrying it
 * @param authorizationId the authorization with data kind LOCATION naming that subject
 * @param from when the binding started
 * @param until when it ended, or null while open
 * @param boundBy who bound it
 */
public record DeviceBinding(
        DeviceId deviceId,
        SubjectId subjectId,
        AuthorizationId authorizationId,
        Instant from,
        @Nullable Instant until,
        String boundBy) {

    public boolean openAt(Instant at) {
        return !at.isBefore(from) && (until == null || at.isBefore(until));
    }
}
