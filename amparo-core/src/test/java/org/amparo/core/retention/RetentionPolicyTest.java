package org.amparo.core.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    @Test
    void everyClassHasItsDefaultUnlessConfigured() {
        RetentionPolicy policy = RetentionPolicy.of(Map.of(DataClass.SIGHTING, Duration.ofDays(7)));

        assertThat(policy.maxAge(DataClass.SIGHTING)).isEqualTo(Duration.ofDays(7));
        for (DataClass other : DataClass.values()) {
            if (other != DataClass.SIGHTING) {
                assertThat(policy.maxAge(other)).isEqualTo(other.defaultMaxAge());
            }
        }
    }

    @Test
    void theAuditLogCannotBeKeptLessThanSixMonths() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetentionPolicy.of(Map.of(DataClass.AUDIT_LOG, Duration.ofDays(182))))
                .withMessageContaining("AUDIT_LOG")
                .withMessageContaining("183");
        assertThat(RetentionPolicy.of(Map.of(DataClass.AUDIT_LOG, Duration.ofDays(183)))
                        .maxAge(DataClass.AUDIT_LOG))
                .isEqualTo(Duration.ofDays(183));
    }

    @Test
    void aMaximumAgeMustBePositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetentionPolicy.of(Map.of(DataClass.LOCATION_FIX, Duration.ZERO)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetentionPolicy.of(Map.of(DataClass.EVIDENCE, Duration.ofDays(-1))));
    }

    @Test
    void theDefaultsRespectEveryLegalMinimum() {
        for (DataClass dataClass : DataClass.values()) {
            assertThat(dataClass.defaultMaxAge()).isGreaterThanOrEqualTo(dataClass.minimumMaxAge());
        }
        assertThat(RetentionPolicy.defaults().maxAge(DataClass.AUDIT_LOG)).isEqualTo(Duration.ofDays(730));
    }
}
