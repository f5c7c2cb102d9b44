package org.amparo.core.ingest.emergency;

/**
 * A subscriber's IMSI (5 to 15 decimal digits; Android ELS zeroes all digits after the sixth). Personal data: the
 * {@link #toString()} is redacted; read {@link #digits()} only where needed and audited. Immutable.
 *
 * @param digits the identifier, 5 to 15 ASCII digits
 */
public record Imsi(String digits) {
    public Imsi {
        if (!Digits.between(digits, 5, 15)) {
            throw new IllegalArgumentException("IMSI must be 5 to 15 digits");
        }
    }

    @Override
    public String toString() {
        return "Imsi[redacted]";
    }
}
