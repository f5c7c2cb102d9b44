package org.amparo.core.legal;

/** The data-subject category every personal record carries (CHARTER section 2). */
public enum DataSubjectCategory {
    SUSPECT,
    CONVICTED,
    VICTIM,
    WITNESS,
    MISSING_PERSON,
    EMERGENCY_CALLER,
    OFFICER
}
