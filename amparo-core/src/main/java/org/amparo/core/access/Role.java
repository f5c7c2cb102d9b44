package org.amparo.core.access;

/**
 * The roles of Amparo's users. One person may hold several, but the rules of the charter (no
 * self-approval, two different confirmers) are checked per person, not per role.
 */
public enum Role {
    /** Manages users, cameras, devices and configuration; sees no personal data by that role alone. */
    ADMINISTRATOR,
    /** Requests authorizations, creates subjects, reviews matches. */
    INVESTIGATOR,
    /** A judge or independent authority: decides authorization requests. */
    APPROVER,
    /** Watches alerts in the command centre. */
    OPERATOR,
    /** Call-taker and dispatcher of emergency incidents. */
    DISPATCHER,
    /** Supervises operations; handles subject notification tasks. */
    SUPERVISOR,
    /** Oversight: reads authorizations, the audit log and statistics; no live operations. */
    AUDITOR
}
