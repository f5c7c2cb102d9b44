package org.amparo.core.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.amparo.core.access.Actor;
import org.jspecify.annotations.Nullable;

/**
 * One audited event before it is placed in the chain. The time is kept to the millisecond so that
 * every store round-trips it exactly.
 *
 * @param at when
 * @param username who
 * @param roles the actor's roles, comma-separated
 * @param action what was done
 * @param objectType the kind of object
 * @param objectId the object's identifier ("-" when none)
 * @param authorizationId the authorization the action ran under, or null
 * @param justification why (mandatory for reads of personal data), or null
 * @param result success or denied
 * @param detail non-personal detail: counts, reasons, changed fields
 */
public record AuditRecord(
        Instant at,
        String username,
        String roles,
        AuditAction action,
        AuditObjectType objectType,
        String objectId,
        @Nullable String authorizationId,
        @Nullable String justification,
        AuditResult result,
        String detail) {

    /** Longest detail and justification kept, in characters; longer text is cut with a marker. */
    public static final int MAX_TEXT = 2_000;

    public AuditRecord {
        at = at.truncatedTo(ChronoUnit.MILLIS);
        detail = cut(detail);
        justification = justification == null ? null : cut(justification);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(result, "result");
        if (username.isBlank() || objectId.isBlank()) {
            throw new IllegalArgumentException("username and objectId must not be blank");
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 12) + " [truncated]";
    }

    /** Starts a record for what {@code actor} does at {@code at}. */
    public static Builder by(Actor actor, Instant at) {
        return new Builder(actor, at);
    }

    /** Fluent construction of an {@link AuditRecord}; not thread-safe. */
    public static final class Builder {
        private final Actor actor;
        private final Instant at;
        private @Nullable String authorizationId;
        private @Nullable String justification;
        private String detail = "";

        private Builder(Actor actor, Instant at) {
            this.actor = actor;
            this.at = at;
        }

        public Builder authorization(@Nullable Object id) {
            this.authorizationId = id == null ? null : id.toString();
            return this;
        }

        public Builder justification(@Nullable String text) {
            this.justification = text;
            return this;
        }

        public Builder detail(String text) {
            this.detail = text;
            return this;
        }

        public AuditRecord success(AuditAction action, AuditObjectType type, Object objectId) {
            return build(action, type, objectId, AuditResult.SUCCESS);
        }

        public AuditRecord denied(AuditAction action, AuditObjectType type, Object objectId) {
            return build(action, type, objectId, AuditResult.DENIED);
        }

        private AuditRecord build(AuditAction action, AuditObjectType type, Object objectId, AuditResult result) {
            return new AuditRecord(
                    at,
                    actor.username(),
                    actor.rolesText(),
                    action,
                    type,
                    objectId.toString(),
                    authorizationId,
                    justification,
                    result,
                    detail);
        }
    }
}
