package org.amparo.core.audit;

/** How the audited action ended. */
public enum AuditResult {
    /** The action happened. */
    SUCCESS,
    /** The action was refused by a rule (role, charter, validation). */
    DENIED
}
