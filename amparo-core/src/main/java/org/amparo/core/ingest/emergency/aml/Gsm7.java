package org.amparo.core.ingest.emergency.aml;

import org.amparo.core.ingest.emergency.InvalidReason;

/**
 * Unpacks GSM 7-bit default alphabet text (3GPP TS 23.038, clause 6.1.2.1.1): septets packed little-endian into
 * octets, mapped through the default alphabet and its extension table. Stateless.
 */
final class Gsm7 {
    private static final char ESCAPE = 0x1B;
    /** The default alphabet, indexed by septet; {@code ESCAPE} at 0x1B introduces the extension table. */
    private static final String DEFAULT_ALPHABET =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private Gsm7() {}

    /** The number of septets in {@code octets}, a trailing zero fill septet excluded. */
    static int[] septets(byte[] octets) {
        int count = octets.length * 8 / 7;
        int[] septets = new int[count];
        for (int i = 0; i < count; i++) {
            int bit = i * 7;
            int low = octets[bit / 8] & 0xFF;
            int high = bit / 8 + 1 < octets.length ? octets[bit / 8 + 1] & 0xFF : 0;
            septets[i] = ((low | high << 8) >> (bit % 8)) & 0x7F;
        }
        if (count > 0 && octets.length % 7 == 0 && septets[count - 1] == 0) {
            int[] trimmed = new int[count - 1];
            System.arraycopy(septets, 0, trimmed, 0, count - 1);
            return trimmed;
        }
        return septets;
    }

    /** Maps septets to text; an escape followed by a septet outside the extension table is refused. */
    static String text(int[] septets) throws AmlRejection {
        StringBuilder text = new StringBuilder(septets.length);
        for (int i = 0; i < septets.length; i++) {
            char c = DEFAULT_ALPHABET.charAt(septets[i]);
            if (c == ESCAPE) {
                if (++i == septets.length) {
                    throw new AmlRejection(InvalidReason.MALFORMED, "data SMS ends in an escape");
                }
                c = extension(septets[i]);
            }
            text.append(c);
        }
        return text.toString();
    }

    private static char extension(int septet) throws AmlRejection {
        return switch (septet) {
            case 0x0A -> '\f';
            case 0x14 -> '^';
            case 0x28 -> '{';
            case 0x29 -> '}';
            case 0x2F -> '\\';
            case 0x3C -> '[';
            case 0x3D -> '~';
            case 0x3E -> ']';
            case 0x40 -> '|';
            case 0x65 -> '€';
            default -> throw new AmlRejection(InvalidReason.MALFORMED, "unknown GSM extension septet " + septet);
        };
    }
}
