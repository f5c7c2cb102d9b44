package org.amparo.core.testing;

import java.util.List;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditEntry;
import org.amparo.core.audit.AuditResult;
import org.amparo.core.engine.Ids;
import org.amparo.core.legal.AuthorizationPorts;
import org.amparo.core.legal.AuthorizationService;
import org.amparo.core.legal.DataSubjectCategory;
import org.amparo.core.legal.ProcessingPolicy;
import org.amparo.core.legal.Subject;
import org.amparo.core.legal.SubjectId;

/**
 * The authorization service wired to fakes, with a fixed clock, seeded identifiers and two erasers
 * (3 and 2 records per call). One per test; not thread-safe.
 */
public final class LegalTestbed {
    public final FakeClock clock = new FakeClock();
    public final Ids ids = Ids.seeded(20250301L);
    public final DirectTransactions tx = new DirectTransactions();
    public final InMemorySubjectStore subjects = new InMemorySubjectStore();
    public final InMemoryAuthorizationStore authorizations = new InMemoryAuthorizationStore();
    public final InMemoryNotificationTaskStore notifications = new InMemoryNotificationTaskStore();
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final InMemoryStatistics statistics = new InMemoryStatistics();
    public final CountingEraser fixes = new CountingEraser("location fixes", 3);
    public final CountingEraser sightings = new CountingEraser("face sightings", 2);
    public final RecordingListener listener = new RecordingListener();
    public final AuthorizationService service = new AuthorizationService(new AuthorizationPorts(
            tx,
            subjects,
            authorizations,
            notifications,
            audit,
            statistics,
            List.of(fixes, sightings),
            listener,
            clock,
            ids));
    public final ProcessingPolicy policy = new ProcessingPolicy(authorizations);

    /** An investigator. */
    public static final Actor ALICE = new Actor("alice", Set.of(Role.INVESTIGATOR));
    /** An approver (judge). */
    public static final Actor BOB = new Actor("bob", Set.of(Role.APPROVER));
    /** Another approver. */
    public static final Actor JUDITH = new Actor("judith", Set.of(Role.APPROVER));
    /** One person holding both the investigator and the approver role. */
    public static final Actor CAROL = new Actor("carol", Set.of(Role.INVESTIGATOR, Role.APPROVER));
    /** An investigator unrelated to alice's requests. */
    public static final Actor DAVE = new Actor("dave", Set.of(Role.INVESTIGATOR));
    /** An operator of the command centre. */
    public static final Actor OSCAR = new Actor("oscar", Set.of(Role.OPERATOR));

    /** Stores a new subject of {@code category} and returns its id. */
    public SubjectId subject(String name, DataSubjectCategory category) {
        Subject subject = new Subject(new SubjectId(ids.next()), name, category, clock.instant(), "alice", false);
        subjects.insert(subject);
        return subject.id();
    }

    /** The kept audit entries with that action and result, oldest first. */
    public List<AuditEntry> audited(AuditAction action, AuditResult result) {
        return audit.entries().stream()
                .filter(e -> e.record().action() == action && e.record().result() == result)
                .toList();
    }
}
