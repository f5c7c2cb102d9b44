package org.amparo.server.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.audit.AuditUsage;
import org.amparo.core.engine.Transactions;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationStatus;
import org.amparo.core.legal.NotificationTask;
import org.amparo.core.legal.NotificationTaskStore;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The life of one authorization as a timeline: requested, decided (who, reason), its uses counted from the audit log
 * by authorization id (count, first and last; no user, object or justification), its end, the deletions under it and
 * the subject's notification task. Reading the summary is audited as a read of the audit log under that
 * authorization, in the same transaction. Thread-safe.
 */
@Component
public class AuthorizationTimeline {
    /** Entries of the authorization's own lifecycle: already steps of their own. */
    private static final Set<AuditAction> LIFECYCLE = EnumSet.of(
            AuditAction.REQUEST, AuditAction.APPROVE, AuditAction.REJECT, AuditAction.REVOKE, AuditAction.EXPIRE);
    /** Deletions: erasure after rejection, retention purges. */
    private static final Set<AuditAction> DELETIONS = EnumSet.of(AuditAction.DELETE, AuditAction.PURGE);

    private final AuditLog audit;
    private final NotificationTaskStore tasks;
    private final Transactions tx;
    private final Clock clock;

    public AuthorizationTimeline(AuditLog audit, NotificationTaskStore tasks, Transactions tx, Clock clock) {
        this.audit = audit;
        this.tasks = tasks;
        this.tx = tx;
        this.clock = clock;
    }

    /** The steps of {@code a}, oldest first; {@code actor}'s read of the usage summary is audited. */
    public List<TimelineStep> steps(Actor actor, Authorization a) {
        List<TimelineStep> steps = new ArrayList<>();
        steps.add(new TimelineStep(
                a.requestedAt(),
                "requested",
                a.urgent() ? "timeline.requestedUrgent" : "timeline.requested",
                List.of(),
                a.requestedBy(),
                a.urgentReason()));
        if (a.decision() != null) {
            boolean approved = a.status() != AuthorizationStatus.REJECTED;
            steps.add(new TimelineStep(
                    a.decision().at(),
                    approved ? "approved" : "rejected",
                    approved ? "timeline.approved" : "timeline.rejected",
                    List.of(),
                    a.decision().by(),
                    a.decision().reason()));
        }
        if (a.end() != null) {
            String kind = a.status() == AuthorizationStatus.EXPIRED ? "expired" : "revoked";
            steps.add(new TimelineStep(
                    a.end().at(),
                    kind,
                    "timeline." + kind,
                    List.of(),
                    a.end().by(),
                    a.end().reason()));
        }
        record Read(List<AuditUsage> usage, List<NotificationTask> tasks) {}
        Read read = tx.inTransaction(() -> {
            List<AuditUsage> usage = audit.usage(a.id().toString());
            List<NotificationTask> found = tasks.forAuthorization(a.id());
            audit.append(AuditRecord.by(actor, clock.instant())
                    .authorization(a.id())
                    .justification("authorization timeline: counts of uses and notification state")
                    .detail("timeline groups=" + usage.size() + " notificationTasks=" + found.size())
                    .success(AuditAction.READ, AuditObjectType.AUDIT_LOG, a.id()));
            return new Read(usage, found);
        });
        for (AuditUsage u : read.usage()) {
            step(u).ifPresent(steps::add);
        }
        for (NotificationTask t : read.tasks()) {
            steps.addAll(notification(t));
        }
        steps.sort(Comparator.comparing(TimelineStep::at));
        return steps;
    }

    private static java.util.Optional<TimelineStep> step(AuditUsage u) {
        // The lifecycle, the timeline's own read and the notification task are steps of their own.
        if (LIFECYCLE.contains(u.action())
                || u.objectType() == AuditObjectType.AUDIT_LOG
                || u.objectType() == AuditObjectType.NOTIFICATION_TASK) {
            return java.util.Optional.empty();
        }
        boolean deletion = DELETIONS.contains(u.action());
        String key = (deletion ? "timeline.deleted" : "timeline.used") + (u.count() == 1 ? "Once" : "");
        return java.util.Optional.of(new TimelineStep(
                u.first(),
                deletion ? "deleted" : "used",
                key,
                List.of(
                        u.count(),
                        label("timeline.action.", u.action()),
                        label("timeline.object.", u.objectType()),
                        label("timeline.result.", u.result()),
                        Formats.SHOWN_TIME.format(u.first()),
                        Formats.SHOWN_TIME.format(u.last())),
                null,
                null));
    }

    /** A code's label, resolved in the page's language when the step's message is; the code where none is. */
    private static MessageSourceResolvable label(String prefix, Enum<?> code) {
        return new DefaultMessageSourceResolvable(new String[] {prefix + code.name()}, code.name());
    }

    private static List<TimelineStep> notification(NotificationTask t) {
        List<TimelineStep> steps = new ArrayList<>();
        steps.add(
                new TimelineStep(t.createdAt(), "notification", "timeline.notificationCreated", List.of(), null, null));
        if (t.handledAt() != null) {
            String text = t.status() == NotificationTask.Status.DELAYED
                    ? t.delayReason() + " (" + t.reviewDate() + ")"
                    : null;
            steps.add(new TimelineStep(
                    t.handledAt(),
                    "notification-" + t.status().name().toLowerCase(java.util.Locale.ROOT),
                    "timeline.notification." + t.status().name(),
                    t.reviewDate() == null ? List.of() : List.of(t.reviewDate().toString()),
                    t.handledBy(),
                    text));
        }
        return steps;
    }
}
