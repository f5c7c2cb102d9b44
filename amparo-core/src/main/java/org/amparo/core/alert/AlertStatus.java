package org.amparo.core.alert;

/**
 * Lifecycle of an alert: raised by a breach, escalated when nobody acknowledged it in time,
 * acknowledged by an operator, resolved by an operator or when the rule is satisfied again.
 */
public enum AlertStatus {
    RAISED,
    ESCALATED,
    ACKNOWLEDGED,
    RESOLVED;

    /** Whether the alert still needs a person or the rule's return to close it. */
    public boolean open() {
        return this != RESOLVED;
    }
}
