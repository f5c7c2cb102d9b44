package org.amparo.core.ingest.emergency.aml;

import java.util.LinkedHashMap;
import java.util.Map;
import org.amparo.core.ingest.emergency.InvalidReason;

/**
 * The {@code name=value} attributes of an AML SMS text after its {@code A"ML=n} header, split on {@code ;}. A
 * trailing {@code ;} is tolerated; an empty attribute elsewhere, a missing {@code =} or a repeated name is refused.
 */
final class SmsAttributes {
    static final int MAX_ATTRIBUTES = 32;

    private SmsAttributes() {}

    static Map<String, String> split(String text) throws AmlRejection {
        String[] segments = text.split(";", -1);
        int count = segments.length;
        if (count > 1 && segments[count - 1].isEmpty()) {
            count--;
        }
        if (count - 1 > MAX_ATTRIBUTES) {
            throw new AmlRejection(InvalidReason.TOO_LARGE, "more than " + MAX_ATTRIBUTES + " attributes");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 1; i < count; i++) {
            String segment = segments[i];
            int equals = segment.indexOf('=');
            if (equals <= 0) {
                throw new AmlRejection(InvalidReason.MALFORMED, "attribute " + i + " is not name=value");
            }
            String name = segment.substring(0, equals);
            if (!name.chars().allMatch(c -> c >= 'a' && c <= 'z') || name.length() > 8) {
                throw new AmlRejection(InvalidReason.MALFORMED, "attribute " + i + " has an invalid name");
            }
            if (attributes.put(name, segment.substring(equals + 1)) != null) {
                throw new AmlRejection(InvalidReason.DUPLICATE_ATTRIBUTE, "attribute " + name + " repeated");
            }
        }
        return attributes;
    }
}
