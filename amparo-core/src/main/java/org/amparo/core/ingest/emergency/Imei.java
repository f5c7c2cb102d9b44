package org.amparo.core.ingest.emergency;

/**
 * A handset's IMEI (14 to 16 decimal digits: IMEI with or without check digit, or IMEISV). Personal data: the
 * {@link #toString()} is redacted so that the value never reaches a log by accident; read {@link #digits()} only
 * where the value is needed and the read is audited. Immutable.
 *
 * @param digits the identifier, 14 to 16 ASCII digits
 */
public record Imei(String digits) {
    public Imei {
        if (!Digits.between(digits, 14, 16)) {
            throw new IllegalArgumentException("IMEI must be 14 to 16 digits");
        }
    }

    @Override
    public String toString() {
        return "Imei[redacted]";
    }
}
