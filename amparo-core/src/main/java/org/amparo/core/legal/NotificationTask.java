package org.amparo.core.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The duty to tell a subject, once an authorization has ended, that their data was processed
 * (CHARTER section 7). Notification may be delayed only with a documented reason and a review date.
 *
 * @param id identifier
 * @param authorizationId the ended authorization
 * @param subjectId the subject to notify
 * @param createdAt when the authorization ended
 * @param status pending, delayed or notified
 * @param delayReason the documented reason for delay, when delayed
 * @param reviewDate when a delay must be reviewed, when delayed
 * @param handledBy who last changed the task
 * @param handledAt when
 */
public record NotificationTask(
        UUID id,
        AuthorizationId authorizationId,
        SubjectId subjectId,
        Instant createdAt,
        Status status,
        @Nullable String delayReason,
        @Nullable LocalDate reviewDate,
        @Nullable String handledBy,
        @Nullable Instant handledAt) {

    /** State of a notification task. */
    public enum Status {
        PENDING,
        DELAYED,
        NOTIFIED
    }

    public NotificationTask {
        if (status == Status.DELAYED && (delayReason == null || delayReason.isBlank() || reviewDate == null)) {
            throw new IllegalArgumentException("a delayed notification needs a reason and a review date");
        }
    }

    public NotificationTask delayed(String reason, LocalDate review, String by, Instant at) {
        return new NotificationTask(id, authorizationId, subjectId, createdAt, Status.DELAYED, reason, review, by, at);
    }

    public NotificationTask notified(String by, Instant at) {
        return new NotificationTask(
                id, authorizationId, subjectId, createdAt, Status.NOTIFIED, delayReason, reviewDate, by, at);
    }
}
