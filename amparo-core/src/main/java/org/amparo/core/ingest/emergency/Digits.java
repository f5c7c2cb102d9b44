package org.amparo.core.ingest.emergency;

/** Checks for strings of ASCII decimal digits. Stateless. */
final class Digits {
    private Digits() {}

    static boolean between(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
