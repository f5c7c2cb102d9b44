package org.amparo.core.ingest.emergency.pidf;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.amparo.core.ingest.emergency.CivicAddress;
import org.amparo.core.ingest.emergency.CivicField;
import org.amparo.core.ingest.emergency.InvalidReason;
import org.amparo.core.ingest.emergency.LocationFlag;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Reads a {@code civicAddress} element (RFC 5139). Empty elements are dropped and values stripped, as real
 * documents send every element, many empty, some with leading spaces. A namespace other than RFC 5139's
 * ({@code ...:civicLoc} is seen in the wild) is accepted and flagged; unknown elements are ignored and flagged.
 * Stateless.
 */
final class Civic {
    private Civic() {}

    static @Nullable CivicAddress read(Element civic, Set<LocationFlag> flags) throws XmlRejection {
        String ns = civic.getNamespaceURI();
        if (!Ns.CIVIC.equals(ns)) {
            flags.add(LocationFlag.NONSTANDARD_CIVIC_NAMESPACE);
        }
        Map<CivicField, String> fields = new EnumMap<>(CivicField.class);
        for (Element e : SecureXml.elements(civic)) {
            CivicField field = CivicField.ofElement(String.valueOf(e.getLocalName()));
            if (field == null || (ns != null && !ns.equals(e.getNamespaceURI()))) {
                flags.add(LocationFlag.UNKNOWN_CIVIC_ELEMENT_IGNORED);
                continue;
            }
            String value = SecureXml.text(e);
            if (value.length() > CivicAddress.MAX_VALUE_LENGTH) {
                throw new XmlRejection(InvalidReason.TOO_LARGE, "civic " + field.element() + " too long");
            }
            if (!value.isEmpty()) {
                fields.putIfAbsent(field, value);
            }
        }
        return fields.isEmpty() ? null : new CivicAddress(fields);
    }
}
