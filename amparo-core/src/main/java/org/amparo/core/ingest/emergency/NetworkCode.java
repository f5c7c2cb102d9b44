package org.amparo.core.ingest.emergency;

/**
 * A mobile network: MCC and MNC as digit strings, since an MNC's leading zero is significant ({@code 01} is not
 * {@code 1}... nor is {@code 001}). Immutable.
 *
 * @param mcc mobile country code, 3 digits
 * @param mnc mobile network code, 1 to 3 digits (AML HTTPS sends it as a number, losing leading zeros)
 */
public record NetworkCode(String mcc, String mnc) {
    public NetworkCode {
        if (!Digits.between(mcc, 3, 3)) {
            throw new IllegalArgumentException("MCC must be 3 digits: " + mcc);
        }
        if (!Digits.between(mnc, 1, 3)) {
            throw new IllegalArgumentException("MNC must be 1 to 3 digits: " + mnc);
        }
    }

    /** Splits the concatenated form ({@code 310260}: MCC 310, MNC 260); null when it is not 4 to 6 digits. */
    public static @org.jspecify.annotations.Nullable NetworkCode ofConcatenated(String mccMnc) {
        if (!Digits.between(mccMnc, 4, 6)) {
            return null;
        }
        return new NetworkCode(mccMnc.substring(0, 3), mccMnc.substring(3));
    }

    /** Returns the code when both parts are valid, else null. */
    public static @org.jspecify.annotations.Nullable NetworkCode ofOrNull(
            @org.jspecify.annotations.Nullable String mcc, @org.jspecify.annotations.Nullable String mnc) {
        if (mcc == null || mnc == null || !Digits.between(mcc, 3, 3) || !Digits.between(mnc, 1, 3)) {
            return null;
        }
        return new NetworkCode(mcc, mnc);
    }
}
