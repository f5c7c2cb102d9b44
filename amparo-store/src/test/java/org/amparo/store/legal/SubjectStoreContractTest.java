package org.amparo.store.legal;

import static org.amparo.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.amparo.core.legal.Subject;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.legal.SubjectStore;
import org.amparo.store.DatabaseTestBase;
import org.amparo.store.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/** The contract of {@link SubjectStore}, run against every database. */
abstract class SubjectStoreContractTest extends DatabaseTestBase {
    private SubjectStore store() {
        return new JdbcSubjectStore(dataSource());
    }

    @Test
    void roundTripsEveryField() {
        Subject subject = new Subject(
                new SubjectId(UUID.randomUUID()),
                "José Ñandú O'Brien",
                org.amparo.core.legal.DataSubjectCategory.SUSPECT,
                T0.plusNanos(123_000_000),
                "investigator1",
                true);
        store().insert(subject);

        assertThat(store().find(subject.id())).contains(subject);
    }

    @Test
    void unknownSubjectIsEmpty() {
        assertThat(store().find(new SubjectId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void duplicateIdIsRefused() {
        Subject subject = Fixtures.subject(T0);
        store().insert(subject);

        assertThatThrownBy(() -> store().insert(subject)).isInstanceOf(DataAccessException.class);
    }
}
