package org.amparo.core.audit;

/** What was done. */
public enum AuditAction {
    CREATE,
    READ,
    UPDATE,
    DELETE,
    EXPORT,
    SEARCH,
    REQUEST,
    APPROVE,
    REJECT,
    REVOKE,
    EXPIRE,
    VERIFY,
    PURGE
}
