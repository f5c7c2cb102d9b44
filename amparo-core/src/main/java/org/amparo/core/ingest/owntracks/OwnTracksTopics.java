package org.amparo.core.ingest.owntracks;

import org.amparo.core.ingest.DecodeException;
import org.amparo.core.ingest.FieldRules;
import org.amparo.core.ingest.RejectReason;

/**
 * Reads the device from an OwnTracks MQTT topic {@code <prefix>/<user>/<device>}; the identifier is
 * {@code <user>/<device>}. Sub-topics such as {@code .../event}, {@code .../info}, {@code .../cmd} or
 * {@code .../waypoints} carry no fix and are {@link RejectReason#UNSUPPORTED}. Immutable.
 *
 * @param prefix the base topic level, {@code owntracks} by default in the app
 */
public record OwnTracksTopics(String prefix) {
    public OwnTracksTopics {
        if (prefix.isEmpty() || prefix.contains("/") || prefix.contains("+") || prefix.contains("#")) {
            throw new IllegalArgumentException("prefix must be one topic level without wildcards: " + prefix);
        }
    }

    /** The MQTT subscription filter for location messages, e.g. {@code owntracks/+/+}. */
    public String subscription() {
        return prefix + "/+/+";
    }

    /** {@code <user>/<device>} of {@code topic}. */
    public String deviceIdentifier(String topic) throws DecodeException {
        String[] levels = topic.split("/", -1);
        if (levels.length < 3 || !levels[0].equals(prefix)) {
            throw new DecodeException(
                    RejectReason.UNSUPPORTED, "topic is not " + prefix + "/<user>/<device>: " + shorten(topic));
        }
        if (levels.length > 3) {
            throw new DecodeException(RejectReason.UNSUPPORTED, "sub-topic carries no location: " + shorten(topic));
        }
        if (levels[1].isEmpty() || levels[2].isEmpty()) {
            throw new DecodeException(RejectReason.MISSING_FIELD, "topic has an empty user or device level");
        }
        return FieldRules.identifier(levels[1] + "/" + levels[2], "topic");
    }

    private static String shorten(String topic) {
        return topic.length() > 80 ? topic.substring(0, 80) + "..." : topic;
    }
}
