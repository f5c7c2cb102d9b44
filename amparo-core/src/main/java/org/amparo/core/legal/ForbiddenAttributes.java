package org.amparo.core.legal;

import java.util.Locale;
import java.util.Set;

/**
 * Attribute names that CHARTER section 2 forbids on people: sensitive categories and demographic
 * groups. Requests carrying one are refused with this specific reason rather than the generic
 * "unknown field", so that the caller learns why.
 */
public final class ForbiddenAttributes {
    private static final Set<String> NAMES = Set.of(
            "ethnicity",
            "ethnic_origin",
            "ethnicorigin",
            "race",
            "nationality",
            "citizenship",
            "religion",
            "belief",
            "political_opinion",
            "politicalopinion",
            "party",
            "sexual_orientation",
            "sexualorientation",
            "health",
            "disability",
            "gender",
            "sex",
            "age_group",
            "agegroup",
            "trade_union",
            "tradeunion",
            "demographic_group",
            "demographicgroup");

    private ForbiddenAttributes() {}

    /** Whether a field of this name must never be stored about a person (case and dashes ignored). */
    public static boolean isForbidden(String fieldName) {
        String normalized = fieldName.toLowerCase(Locale.ROOT).replace('-', '_');
        return NAMES.contains(normalized) || NAMES.contains(normalized.replace("_", ""));
    }
}
