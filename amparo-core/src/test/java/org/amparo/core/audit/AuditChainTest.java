package org.amparo.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.amparo.core.testing.InMemoryAuditLog;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The hash chain: linking, verification, and that every field is covered without ambiguity. */
class AuditChainTest {
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00.123Z");

    private static AuditRecord record(int n) {
        return new AuditRecord(
                T0.plusSeconds(n),
                "alice",
                "INVESTIGATOR",
                AuditAction.READ,
                AuditObjectType.SUBJECT,
                "subject-" + n,
                "auth-" + n,
                "follow-up of case " + n,
                AuditResult.SUCCESS,
                "detail " + n);
    }

    private static List<AuditEntry> chain(AuditAnchor anchor, int count) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditAnchor previous = anchor;
        for (int i = 1; i <= count; i++) {
            AuditEntry entry = AuditChain.link(previous, record(i));
            entries.add(entry);
            previous = AuditChain.anchorOf(entry);
        }
        return entries;
    }

    @Test
    void linkingNumbersEntriesAndPointsEachToItsPredecessor() {
        List<AuditEntry> entries = chain(AuditAnchor.GENESIS, 3);

        assertThat(entries).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
        assertThat(entries.get(0).previousHash()).isEqualTo("0".repeat(64));
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
        assertThat(entries).extracting(AuditEntry::hash).allMatch(h -> h.matches("[0-9a-f]{64}"));
        assertThat(entries).extracting(AuditEntry::hash).doesNotHaveDuplicates();
    }

    @Test
    void aValidChainVerifies() {
        assertThat(AuditChain.verify(AuditAnchor.GENESIS, chain(AuditAnchor.GENESIS, 5)))
                .isEqualTo(new AuditVerification.Valid(5, 5));
        assertThat(AuditChain.verify(AuditAnchor.GENESIS, List.of())).isEqualTo(new AuditVerification.Valid(0, 0));
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change(
                        "username",
                        r -> copy(
                                r, "mallory", r.detail(), r.justification(), r.authorizationId(), r.result(), r.at())),
                change(
                        "detail",
                        r -> copy(
                                r,
                                r.username(),
                                "nothing happened",
                                r.justification(),
                                r.authorizationId(),
                                r.result(),
                                r.at())),
                change(
                        "justification",
                        r -> copy(
                                r, r.username(), r.detail(), "other reason", r.authorizationId(), r.result(), r.at())),
                change(
                        "justification removed",
                        r -> copy(r, r.username(), r.detail(), null, r.authorizationId(), r.result(), r.at())),
                change(
                        "authorizationId null",
                        r -> copy(r, r.username(), r.detail(), r.justification(), null, r.result(), r.at())),
                change(
                        "result",
                        r -> copy(
                                r,
                                r.username(),
                                r.detail(),
                                r.justification(),
                                r.authorizationId(),
                                AuditResult.DENIED,
                                r.at())),
                change(
                        "at",
                        r -> copy(
                                r,
                                r.username(),
                                r.detail(),
                                r.justification(),
                                r.authorizationId(),
                                r.result(),
                                r.at().plusMillis(1))));
    }

    private static Arguments change(String name, UnaryOperator<AuditRecord> change) {
        return Arguments.of(name, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangedFieldBreaksTheChainAtThatEntry(String field, UnaryOperator<AuditRecord> change) {
        InMemoryAuditLog log = new InMemoryAuditLog();
        for (int i = 1; i <= 4; i++) {
            log.append(record(i));
        }

        log.tamper(3, change);

        assertThat(log.verify()).isInstanceOfSatisfying(AuditVerification.Broken.class, broken -> {
            assertThat(broken.firstBrokenEntry()).isEqualTo(3);
            assertThat(broken.verifiedEntries()).isEqualTo(2);
            assertThat(broken.reason()).contains("does not match its hash");
        });
    }

    @Test
    void aNullAuthorizationIdAndAnEmptyOneHashDifferently() {
        AuditRecord withNull = copy(record(1), "alice", "d", "j", null, AuditResult.SUCCESS, T0);
        AuditRecord withEmpty = copy(record(1), "alice", "d", "j", "", AuditResult.SUCCESS, T0);

        assertThat(AuditChain.hash(1, withNull, "0".repeat(64)))
                .isNotEqualTo(AuditChain.hash(1, withEmpty, "0".repeat(64)));
    }

    @Test
    void lengthPrefixesPreventFieldBoundaryAmbiguity() {
        AuditRecord ab = copy(record(1), "ab", "c", null, null, AuditResult.SUCCESS, T0);
        AuditRecord a = copy(record(1), "a", "bc", null, null, AuditResult.SUCCESS, T0);
        String genesis = AuditAnchor.GENESIS.hash();

        assertThat(AuditChain.hash(1, ab, genesis)).isNotEqualTo(AuditChain.hash(1, a, genesis));
    }

    @Test
    void aFieldContainingTheSeparatorCannotImitateTwoFields() {
        AuditRecord one = copy(record(1), "a", "x", "1:b|", null, AuditResult.SUCCESS, T0);
        AuditRecord two = copy(record(1), "a", "x", "1:b", null, AuditResult.SUCCESS, T0);

        assertThat(AuditChain.hash(1, one, AuditAnchor.GENESIS.hash()))
                .isNotEqualTo(AuditChain.hash(1, two, AuditAnchor.GENESIS.hash()));
    }

    @Test
    void aMissingEntryIsDetected() {
        InMemoryAuditLog log = new InMemoryAuditLog();
        for (int i = 1; i <= 5; i++) {
            log.append(record(i));
        }

        log.remove(3);

        assertThat(log.verify()).isInstanceOfSatisfying(AuditVerification.Broken.class, broken -> {
            assertThat(broken.firstBrokenEntry()).isEqualTo(3);
            assertThat(broken.verifiedEntries()).isEqualTo(2);
            assertThat(broken.reason()).contains("missing");
        });
    }

    @Test
    void aRelinkedEntryWithAForeignPreviousHashIsDetected() {
        List<AuditEntry> entries = new ArrayList<>(chain(AuditAnchor.GENESIS, 3));
        AuditEntry second = entries.get(1);
        String forged = "f".repeat(64);
        entries.set(1, new AuditEntry(2, second.record(), forged, AuditChain.hash(2, second.record(), forged)));

        assertThat(AuditChain.verify(AuditAnchor.GENESIS, entries))
                .isInstanceOfSatisfying(AuditVerification.Broken.class, broken -> {
                    assertThat(broken.firstBrokenEntry()).isEqualTo(2);
                    assertThat(broken.reason()).contains("does not link");
                });
    }

    @Test
    void theChainVerifiesFromItsAnchorAfterOldEntriesArePurged() {
        InMemoryAuditLog log = new InMemoryAuditLog();
        for (int i = 1; i <= 6; i++) {
            log.append(record(i));
        }
        AuditEntry fourth = log.entries().get(3);

        log.purgeOldest(4);
        AuditEntry appended = log.append(record(7));

        assertThat(log.anchor()).isEqualTo(new AuditAnchor(4, fourth.hash()));
        assertThat(appended.seq()).isEqualTo(7);
        assertThat(log.verify()).isEqualTo(new AuditVerification.Valid(3, 7));
        assertThat(AuditChain.verify(AuditAnchor.GENESIS, log.entries()))
                .as("without the anchor the kept entries do not start the chain")
                .isInstanceOf(AuditVerification.Broken.class);
    }

    @Test
    void linkingAfterAnAnchorContinuesItsNumbering() {
        AuditAnchor anchor = new AuditAnchor(41, "a".repeat(64));

        List<AuditEntry> entries = chain(anchor, 2);

        assertThat(entries.getFirst().seq()).isEqualTo(42);
        assertThat(entries.getFirst().previousHash()).isEqualTo("a".repeat(64));
        assertThat(AuditChain.verify(anchor, entries)).isEqualTo(new AuditVerification.Valid(2, 43));
    }

    @Test
    void recordsAreKeptToTheMillisecond() {
        AuditRecord r = copy(record(1), "alice", "d", null, null, AuditResult.SUCCESS, T0.plusNanos(456_789));

        assertThat(r.at()).isEqualTo(T0);
    }

    private static AuditRecord copy(
            AuditRecord r,
            String username,
            String detail,
            @Nullable String justification,
            @Nullable String authorizationId,
            AuditResult result,
            Instant at) {
        return new AuditRecord(
                at,
                username,
                r.roles(),
                r.action(),
                r.objectType(),
                r.objectId(),
                authorizationId,
                justification,
                result,
                detail);
    }
}
