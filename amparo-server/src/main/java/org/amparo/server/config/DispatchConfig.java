package org.amparo.server.config;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.amparo.core.dispatch.caller.CallerRetention;
import org.amparo.core.dispatch.caller.MatchWindow;

/** The configuration keys of emergency dispatch and caller location; listed by {@link AmparoConfig#all()}. */
public final class DispatchConfig {
    private DispatchConfig() {}

    public static final ConfigKey<Duration> MATCH_WINDOW = new ConfigKey<>(
            MatchWindow.CONFIG_KEY,
            "ISO-8601 duration PT1S..P1D",
            "PT1H",
            "How far apart a handset caller location (AML, PIDF-LO, HELD) and a call from the same number may "
                    + "arrive to be matched, in either order.",
            false,
            s -> bounded(s, Duration.ofSeconds(1), Duration.ofDays(1)));

    public static final ConfigKey<Duration> UNMATCHED_RETENTION = new ConfigKey<>(
            CallerRetention.UNMATCHED_KEY,
            "ISO-8601 duration, longer than the match window, at most P30D",
            "PT24H",
            "How long a caller location that matched no call is kept from its arrival before the purge deletes "
                    + "it (never longer than `amparo.retention.caller-location-days`).",
            false,
            s -> bounded(s, Duration.ofMinutes(1), Duration.ofDays(30)));

    public static final ConfigKey<Duration> DEAD_LETTER_RETENTION = new ConfigKey<>(
            CallerRetention.DEAD_LETTERS_KEY,
            "ISO-8601 duration PT1H..P30D",
            "P7D",
            "How long a refused caller-location message (dead letter, with an excerpt that may hold personal "
                    + "data) is kept for diagnosis. Its count is kept.",
            false,
            s -> bounded(s, Duration.ofHours(1), Duration.ofDays(30)));

    public static final ConfigKey<byte[]> AML_HMAC_KEY = new ConfigKey<>(
            "amparo.aml.hmac-key",
            "secret, at least 16 characters",
            null,
            "Shared key of the AML HTTPS endpoint (`POST /api/v1/aml`): each body must end with `&hmac=` and the "
                    + "HMAC-SHA1 of the body before it under this key (UTF-8 octets). Unset: the endpoint still "
                    + "answers 2xx, as AML requires, but keeps every message as a dead letter (`NO_KEY_CONFIGURED`).",
            true,
            DispatchConfig::hmacKey);

    public static final ConfigKey<String> SMS_GATEWAY_TOKEN = new ConfigKey<>(
            "amparo.aml.sms-gateway-token",
            "secret, at least 24 characters",
            null,
            "Token the SMS gateway sends as `X-Amparo-Gateway-Token` when it posts AML SMS to "
                    + "`POST /api/v1/aml/sms`. Unset: only logged-in dispatchers and supervisors may post there.",
            true,
            DispatchConfig::gatewayToken);

    public static final ConfigKey<ZoneId> STATS_ZONE = new ConfigKey<>(
            "amparo.dispatch.time-zone",
            "IANA time zone",
            "America/Guayaquil",
            "Time zone of the agency: incident statistics count days, ISO weeks and months on its calendar.",
            false,
            ZoneId::of);

    public static final ConfigKey<Duration> MAX_POSITION_AGE = new ConfigKey<>(
            "amparo.dispatch.max-position-age",
            "ISO-8601 duration PT10S..PT24H",
            "PT5M",
            "A unit whose last position from its agency device is older than this is not proposed for an "
                    + "incident (its ETA would be a guess). ETAs use great-circle distance and a typical speed per "
                    + "unit type: police car 45 km/h, ambulance 40 km/h, fire engine and rescue team 35 km/h.",
            false,
            s -> bounded(s, Duration.ofSeconds(10), Duration.ofHours(24)));

    /** The keys of this area, in documentation order. */
    static List<ConfigKey<?>> all() {
        return List.of(
                MATCH_WINDOW,
                UNMATCHED_RETENTION,
                DEAD_LETTER_RETENTION,
                AML_HMAC_KEY,
                SMS_GATEWAY_TOKEN,
                STATS_ZONE,
                MAX_POSITION_AGE);
    }

    private static Duration bounded(String s, Duration min, Duration max) {
        Duration d = Duration.parse(s);
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new IllegalArgumentException("must be within " + min + ".." + max);
        }
        return d;
    }

    private static byte[] hmacKey(String s) {
        if (s.length() < 16) {
            throw new IllegalArgumentException("must have at least 16 characters");
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String gatewayToken(String s) {
        if (s.length() < 24) {
            throw new IllegalArgumentException("must have at least 24 characters");
        }
        return s;
    }
}
