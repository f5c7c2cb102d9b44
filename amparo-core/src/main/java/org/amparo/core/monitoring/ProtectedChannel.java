package org.amparo.core.monitoring;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where the protected person of a protection order is told about keep-apart alerts: a webhook (for
 * example an SMS gateway or a panic-button app's backend) or an MQTT topic their app subscribes to.
 * The notices sent there carry no position and nothing about the monitored subject beyond the fact
 * that the separation was breached or restored. The destination itself is the protected person's
 * contact data: it is stored with the rule and never shown in views or written to logs. Immutable.
 */
public sealed interface ProtectedChannel {
    /** Longest stored destination. */
    int MAX_LENGTH = 490;

    /** The delivery mechanism, as the outbox names it ({@code WEBHOOK} or {@code MQTT}). */
    String kind();

    /** The URL or topic. */
    String destination();

    /** The stored form: {@code webhook:<url>} or {@code mqtt:<topic>}. */
    default String stored() {
        return kind().toLowerCase(Locale.ROOT) + ":" + destination();
    }

    /** Reads the {@link #stored()} form. */
    static ProtectedChannel parse(String stored) {
        if (stored.startsWith("webhook:")) {
            return Webhook.of(stored.substring("webhook:".length()));
        }
        if (stored.startsWith("mqtt:")) {
            return new Mqtt(stored.substring("mqtt:".length()));
        }
        throw new IllegalArgumentException("a protected channel is webhook:<url> or mqtt:<topic>");
    }

    /** An absolute http or https URL that receives each notice as a JSON POST. */
    record Webhook(URI url) implements ProtectedChannel {
        public Webhook {
            String scheme = url.getScheme();
            if (!url.isAbsolute()
                    || scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || url.getHost() == null) {
                throw new IllegalArgumentException("a webhook is an absolute http or https URL with a host");
            }
            if (url.toString().length() > MAX_LENGTH) {
                throw new IllegalArgumentException("a webhook URL has at most " + MAX_LENGTH + " characters");
            }
        }

        /** Parses {@code text}; an unparseable URL is an {@link IllegalArgumentException}. */
        public static Webhook of(String text) {
            try {
                return new Webhook(new URI(text.strip()));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("not a URL: " + e.getReason(), e);
            }
        }

        @Override
        public String kind() {
            return "WEBHOOK";
        }

        @Override
        public String destination() {
            return url.toString();
        }
    }

    /** An MQTT topic, published at QoS 1 on the agency's broker; no wildcards. */
    record Mqtt(String topic) implements ProtectedChannel {
        public Mqtt {
            if (topic.isBlank() || topic.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("an MQTT topic has 1.." + MAX_LENGTH + " characters");
            }
            if (topic.indexOf('+') >= 0 || topic.indexOf('#') >= 0 || topic.indexOf('\u0000') >= 0) {
                throw new IllegalArgumentException("an MQTT topic to publish on has no wildcards");
            }
        }

        @Override
        public String kind() {
            return "MQTT";
        }

        @Override
        public String destination() {
            return topic;
        }
    }
}
