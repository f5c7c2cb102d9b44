package org.amparo.server.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.amparo.core.access.Actor;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.engine.Transactions;
import org.amparo.core.legal.NotificationTask;
import org.amparo.core.legal.NotificationTaskStore;
import org.amparo.server.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Subject notification tasks created when authorizations end: list, delay with a reason, mark notified. */
@RestController
@RequestMapping("/api/v1/notifications")
public class NotificationController {
    private final NotificationTaskStore tasks;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public NotificationController(NotificationTaskStore tasks, AuditLog audit, Transactions tx, Clock clock) {
        this.tasks = tasks;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** A documented delay: a reason and the date it must be reviewed. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record DelayBody(
            @Nullable String reason, @Nullable LocalDate reviewDate) {}

    @GetMapping
    List<NotificationTask> list(@RequestParam(name = "status", required = false) @Nullable String status) {
        NotificationTask.Status filter = null;
        if (status != null && !status.isBlank()) {
            try {
                filter = NotificationTask.Status.valueOf(status.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw RefusedException.invalid("status", "one of PENDING, DELAYED, NOTIFIED");
            }
        }
        NotificationTask.Status chosen = filter;
        return tx.inTransaction(() -> tasks.list(chosen, 1_000));
    }

    @PostMapping("/{id}/delay")
    NotificationTask delay(@PathVariable String id, @RequestBody DelayBody body, Authentication auth) {
        if (body.reason() == null || body.reason().strip().length() < 10) {
            throw RefusedException.invalid("reason", "a documented reason of at least 10 characters");
        }
        LocalDate review = body.reviewDate();
        if (review == null) {
            throw RefusedException.invalid("reviewDate", "required (YYYY-MM-DD)");
        }
        String reason = body.reason().strip();
        return change(
                id,
                auth,
                (task, actor, now) -> task.delayed(reason, review, actor.username(), now),
                "delayed until review " + review);
    }

    @PostMapping("/{id}/notified")
    NotificationTask notified(@PathVariable String id, Authentication auth) {
        return change(id, auth, (task, actor, now) -> task.notified(actor.username(), now), "subject notified");
    }

    private interface Change {
        NotificationTask apply(NotificationTask task, Actor actor, Instant now);
    }

    private NotificationTask change(String id, Authentication auth, Change change, String detail) {
        UUID taskId;
        try {
            taskId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("id", "not a task id");
        }
        Actor actor = CurrentActor.of(auth);
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            NotificationTask task = tasks.find(taskId)
                    .orElseThrow(() -> new RefusedException(
                            HttpStatus.NOT_FOUND,
                            "not-found",
                            "notification task " + id + " does not exist",
                            List.of()));
            if (task.status() == NotificationTask.Status.NOTIFIED) {
                throw new RefusedException(
                        HttpStatus.CONFLICT, "conflict", "the subject was already notified", List.of());
            }
            NotificationTask next = change.apply(task, actor, now);
            tasks.update(next);
            audit.append(AuditRecord.by(actor, now)
                    .authorization(task.authorizationId())
                    .detail(detail)
                    .success(AuditAction.UPDATE, AuditObjectType.NOTIFICATION_TASK, taskId));
            return next;
        });
    }
}
