package org.amparo.core.dispatch.caller;

import java.util.Locale;

/** Builds AML SMS v1 texts for tests, with a correct {@code ml} unless told otherwise. */
final class AmlText {
    private AmlText() {}

    /** A located v1 message at ({@code lat}, {@code lon}), 20 m, GNSS, 68%. */
    static String located(double lat, double lon) {
        return withLength(String.format(
                Locale.ROOT,
                "A\"ML=1;lt=%+.5f;lg=%+.5f;rd=20;top=20261126120000;lc=68;pm=G;si=740010123456789;ei=356938035643809;"
                        + "mcc=740;mnc=01;",
                lat,
                lon));
    }

    /** A well-formed v1 message saying the handset found no position. */
    static String noLocation() {
        return withLength("A\"ML=1;lt=+00.00000;lg=+000.00000;rd=N;top=20261126120000;lc=0;pm=N;"
                + "si=740010123456789;ei=356938035643809;mcc=740;mnc=01;");
    }

    private static String withLength(String head) {
        int length = head.length() + "ml=".length() + 3;
        return head + "ml=" + length;
    }
}
