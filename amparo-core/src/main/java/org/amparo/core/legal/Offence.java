package org.amparo.core.legal;

/**
 * The offence a suspect is sought for: its code in the penal code and its maximum penalty.
 *
 * @param code offence code, e.g. "COIP-140"
 * @param maxPenaltyYears maximum penalty in years, as the law states it
 */
public record Offence(String code, int maxPenaltyYears) {
    public Offence {
        if (code.isBlank()) {
            throw new IllegalArgumentException("offence code must not be blank");
        }
        if (maxPenaltyYears < 0) {
            throw new IllegalArgumentException("maximum penalty must not be negative");
        }
    }

    /** Whether the offence is serious enough for face identification (at least four years). */
    public boolean serious() {
        return maxPenaltyYears >= Purpose.MIN_PENALTY_YEARS;
    }
}
