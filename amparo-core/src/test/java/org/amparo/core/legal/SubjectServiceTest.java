package org.amparo.core.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditEntry;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditResult;
import org.amparo.core.audit.AuditVerification;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Outcome;
import org.amparo.core.testing.DirectTransactions;
import org.amparo.core.testing.FakeClock;
import org.amparo.core.testing.InMemoryAuditLog;
import org.amparo.core.testing.InMemorySubjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads of personal data need a justification and are audited with it (CHARTER section 5). */
class SubjectServiceTest {
    private static final Actor ALICE = new Actor("alice", Set.of(Role.INVESTIGATOR));

    private final FakeClock clock = new FakeClock();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemorySubjectStore subjects = new InMemorySubjectStore();
    private final SubjectService service =
            new SubjectService(new DirectTransactions(), subjects, audit, clock, Ids.seeded(7));
    private Subject subject;

    @BeforeEach
    void setUp() {
        subject = service.create(ALICE, "  Ana Torres ", DataSubjectCategory.MISSING_PERSON, false)
                .orElseThrow();
    }

    @AfterEach
    void auditChainStillVerifies() {
        assertThat(audit.verify()).isInstanceOf(AuditVerification.Valid.class);
    }

    @Test
    void creationStoresTheStrippedNameAndIsAudited() {
        assertThat(subject.name()).isEqualTo("Ana Torres");
        assertThat(subjects.find(subject.id())).contains(subject);
        AuditEntry created = audit.last();
        assertThat(created.record().action()).isEqualTo(AuditAction.CREATE);
        assertThat(created.record().objectId()).isEqualTo(subject.id().toString());
        assertThat(created.record().detail())
                .isEqualTo("category=MISSING_PERSON")
                .doesNotContain("Ana");
    }

    @Test
    void aBlankNameIsInvalid() {
        assertThat(service.create(ALICE, "   ", DataSubjectCategory.SUSPECT, false))
                .isInstanceOf(Outcome.Invalid.class);
    }

    @Test
    void readingWithoutAJustificationIsInvalidAndAuditedAsDenied() {
        Outcome<Subject> outcome = service.read(ALICE, subject.id(), null);

        assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
        assertThat(((Outcome.Invalid<Subject>) outcome).violations())
                .extracting(Outcome.Violation::field)
                .containsExactly("justification");
        assertDeniedRead(subject.id());
    }

    @Test
    void aShortJustificationIsRefused() {
        Outcome<Subject> outcome = service.read(ALICE, subject.id(), "  because  ");

        assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
        assertDeniedRead(subject.id());
    }

    @Test
    void aJustifiedReadIsAuditedWithItsJustification() {
        Outcome<Subject> outcome = service.read(ALICE, subject.id(), "  case 2025-114: confirm identity  ");

        assertThat(outcome).isEqualTo(new Outcome.Done<>(subject));
        AuditEntry read = audit.last();
        assertThat(read.record().action()).isEqualTo(AuditAction.READ);
        assertThat(read.record().objectType()).isEqualTo(AuditObjectType.SUBJECT);
        assertThat(read.record().result()).isEqualTo(AuditResult.SUCCESS);
        assertThat(read.record().justification()).isEqualTo("case 2025-114: confirm identity");
        assertThat(read.record().username()).isEqualTo("alice");
        assertThat(read.record().roles()).isEqualTo("INVESTIGATOR");
    }

    @Test
    void readingAnUnknownSubjectIsNotFoundAndStillAudited() {
        SubjectId unknown = new SubjectId(UUID.fromString("00000000-0000-4000-8000-00000000beef"));

        Outcome<Subject> outcome = service.read(ALICE, unknown, "case 2025-114: check a tip");

        assertThat(outcome).isInstanceOf(Outcome.NotFound.class);
        assertDeniedRead(unknown);
        assertThat(audit.last().record().justification()).isEqualTo("case 2025-114: check a tip");
    }

    private void assertDeniedRead(SubjectId id) {
        AuditEntry last = audit.last();
        assertThat(last.record().action()).isEqualTo(AuditAction.READ);
        assertThat(last.record().result()).isEqualTo(AuditResult.DENIED);
        assertThat(last.record().objectId()).isEqualTo(id.toString());
        assertThat(last.record().username()).isEqualTo("alice");
    }
}
