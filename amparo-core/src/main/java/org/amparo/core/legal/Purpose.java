package org.amparo.core.legal;

import java.util.EnumSet;
import java.util.Set;

/**
 * The closed list of purposes for which personal data may be processed (CHARTER section 1), with
 * the data kinds each purpose may cover and whether it may be used retrospectively.
 */
public enum Purpose {
    /** Targeted search for a victim of abduction, trafficking or sexual exploitation, or a missing person. */
    VICTIM_OR_MISSING_PERSON_SEARCH(
            EnumSet.of(DataKind.FACE, DataKind.LOCATION),
            true,
            EnumSet.of(DataSubjectCategory.VICTIM, DataSubjectCategory.MISSING_PERSON)),
    /** A specific, substantial and imminent threat to life or a terrorist attack. */
    IMMINENT_THREAT_TO_LIFE(
            EnumSet.of(DataKind.FACE),
            false,
            EnumSet.of(DataSubjectCategory.SUSPECT, DataSubjectCategory.VICTIM, DataSubjectCategory.MISSING_PERSON)),
    /** A suspect of a listed serious offence punishable by at least four years. */
    SERIOUS_OFFENCE_SUSPECT(EnumSet.of(DataKind.FACE), true, EnumSet.of(DataSubjectCategory.SUSPECT)),
    /** A court-ordered electronic monitoring measure: home detention, exclusion zone, protection order. */
    ELECTRONIC_MONITORING_ORDER(
            EnumSet.of(DataKind.LOCATION),
            false,
            EnumSet.of(DataSubjectCategory.SUSPECT, DataSubjectCategory.CONVICTED, DataSubjectCategory.VICTIM)),
    /** The caller of an emergency, during the emergency. */
    EMERGENCY_CALLER(EnumSet.of(DataKind.LOCATION), false, EnumSet.of(DataSubjectCategory.EMERGENCY_CALLER));

    /** The minimum maximum-penalty, in years, of an offence that justifies face identification. */
    public static final int MIN_PENALTY_YEARS = 4;

    private final Set<DataKind> allowedKinds;
    private final boolean postEventAllowed;
    private final Set<DataSubjectCategory> allowedCategories;

    Purpose(Set<DataKind> allowedKinds, boolean postEventAllowed, Set<DataSubjectCategory> allowedCategories) {
        this.allowedKinds = Set.copyOf(allowedKinds);
        this.postEventAllowed = postEventAllowed;
        this.allowedCategories = Set.copyOf(allowedCategories);
    }

    /**
     * The data-subject categories this purpose can concern: a protection order's monitoring may
     * cover the protected victim's own device; a suspect search only a suspect.
     */
    public Set<DataSubjectCategory> allowedCategories() {
        return allowedCategories;
    }

    public Set<DataKind> allowedKinds() {
        return allowedKinds;
    }

    /** Whether retrospective (post-event) face search may serve this purpose. */
    public boolean postEventAllowed() {
        return postEventAllowed;
    }

    public boolean requiresOffence() {
        return this == SERIOUS_OFFENCE_SUSPECT;
    }
}
