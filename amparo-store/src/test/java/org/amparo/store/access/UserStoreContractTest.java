package org.amparo.store.access;

import static org.amparo.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.amparo.core.access.Role;
import org.amparo.core.access.User;
import org.amparo.core.access.UserStore;
import org.amparo.store.DatabaseTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/** The contract of {@link UserStore}, run against every database. */
abstract class UserStoreContractTest extends DatabaseTestBase {
    private static final String TOKEN = "a".repeat(64);

    private UserStore store;
    private User judge;
    private User auditor;

    @BeforeEach
    void users() {
        store = new JdbcUserStore(dataSource());
        judge = new User("judge.1", "{bcrypt}$2a$10$abcdefghijklmnopqrstuv", Set.of(Role.APPROVER), true, T0, false);
        auditor = new User(
                "auditor-1",
                "{argon2}$argon2id$v=19$m=16384",
                Set.of(Role.AUDITOR, Role.SUPERVISOR),
                false,
                T0.plusMillis(7),
                true);
    }

    @Test
    void roundTripsUsers() {
        store.insert(judge);
        store.insert(auditor);

        assertThat(store.find("judge.1")).contains(judge);
        assertThat(store.find("nobody")).isEmpty();
        assertThat(store.all()).containsExactly(auditor, judge);
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void duplicateUsernameIsRefused() {
        store.insert(judge);

        assertThatThrownBy(() -> store.insert(judge)).isInstanceOf(DataAccessException.class);
    }

    @Test
    void findsTheOwnerOfAnUnexpiredTokenOnly() {
        store.insert(judge);
        store.insertToken("judge.1", "laptop", TOKEN, T0, T0.plus(Duration.ofDays(30)));

        assertThat(store.findByToken(TOKEN, T0.plus(Duration.ofDays(29)))).contains(judge);
        assertThat(store.findByToken(TOKEN, T0.plus(Duration.ofDays(30)))).isEmpty();
        assertThat(store.findByToken("b".repeat(64), T0)).isEmpty();
    }

    @Test
    void tokensNeedAnExistingUserAndAHash() {
        assertThatThrownBy(() -> store.insertToken("nobody", "x", TOKEN, T0, T0.plusSeconds(1)))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> store.insertToken("judge.1", "x", "secret", T0, T0.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPasswordChangeReplacesTheExpectedHashOnceAndClearsTheRequirement() {
        User invited = new User(
                "new.officer", "{bcrypt}$2a$10$chosenbytheadmin", Set.of(Role.OPERATOR), true, T0, false, true);
        store.insert(invited);
        assertThat(store.find("new.officer")).contains(invited);

        assertThat(store.changePassword("new.officer", "{bcrypt}$2a$10$stale", "{bcrypt}$2a$10$mine", T0))
                .as("a hash that is no longer stored")
                .isFalse();
        assertThat(store.changePassword("new.officer", invited.passwordHash(), "{bcrypt}$2a$10$mine", T0))
                .isTrue();
        assertThat(store.changePassword("new.officer", invited.passwordHash(), "{bcrypt}$2a$10$other", T0))
                .as("the second of two concurrent changes")
                .isFalse();
        User changed = store.find("new.officer").orElseThrow();
        assertThat(changed.passwordHash()).isEqualTo("{bcrypt}$2a$10$mine");
        assertThat(changed.passwordChangeRequired()).isFalse();
        assertThat(store.changePassword("nobody", "x", "y", T0)).isFalse();
    }

    @Test
    void anAdministratorsResetRequiresAChangeAndDisablingKeepsTheAccount() {
        store.insert(judge);
        assertThat(store.resetPassword("judge.1", "{bcrypt}$2a$10$reset", T0)).isTrue();
        User reset = store.find("judge.1").orElseThrow();
        assertThat(reset.passwordHash()).isEqualTo("{bcrypt}$2a$10$reset");
        assertThat(reset.passwordChangeRequired()).isTrue();

        assertThat(store.setEnabled("judge.1", false)).isTrue();
        assertThat(store.find("judge.1").orElseThrow().enabled()).isFalse();
        assertThat(store.setEnabled("judge.1", true)).isTrue();
        assertThat(store.find("judge.1").orElseThrow().enabled()).isTrue();
        assertThat(store.setEnabled("nobody", false)).isFalse();
        assertThat(store.resetPassword("nobody", "x", T0)).isFalse();
    }
}
