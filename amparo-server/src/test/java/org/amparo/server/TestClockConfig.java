package org.amparo.server;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application's clock with a {@link MutableClock} that integration tests move forward. */
@TestConfiguration
public class TestClockConfig {
    /** Where every test application's clock starts. */
    public static final Instant START = Instant.parse("2026-11-26T12:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START);
    }
}
