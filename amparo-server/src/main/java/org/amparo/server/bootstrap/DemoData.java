package org.amparo.server.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.access.User;
import org.amparo.core.access.UserStore;
import org.amparo.core.engine.Transactions;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.GeoPolygon;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationRequest;
import org.amparo.core.legal.AuthorizationService;
import org.amparo.core.legal.DataKind;
import org.amparo.core.legal.DataSubjectCategory;
import org.amparo.core.legal.LegalBasis;
import org.amparo.core.legal.Offence;
import org.amparo.core.legal.Purpose;
import org.amparo.core.legal.Subject;
import org.amparo.core.legal.SubjectService;
import org.amparo.core.legal.UseMode;
import org.amparo.server.security.Passwords;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo data set: one account per role (plus a second operator), all with password
 * {@value #PASSWORD}, and a few clearly synthetic subjects and authorizations created through the
 * real services, so that they are audited like everything else. Created once; marked as demo.
 */
public final class DemoData {
    public static final String PASSWORD = "amparo-demo";

    private DemoData() {}

    /** The demo dispatcher the simulator acts as when it handles incidents nobody took. */
    public static final String COLLEAGUE = "dispatcher2";

    /** Demo accounts and their roles. */
    public static final List<DemoUser> USERS = List.of(
            new DemoUser("investigator", Role.INVESTIGATOR),
            new DemoUser("approver", Role.APPROVER),
            new DemoUser("operator", Role.OPERATOR),
            new DemoUser("operator2", Role.OPERATOR),
            new DemoUser("dispatcher", Role.DISPATCHER),
            new DemoUser("supervisor", Role.SUPERVISOR),
            new DemoUser("auditor", Role.AUDITOR));

    /** One demo account. */
    public record DemoUser(String username, Role role) {}

    /** Creates what is missing; returns true when the data set was created now. */
    public static boolean ensure(
            UserStore users,
            PasswordEncoder encoder,
            Transactions tx,
            SubjectService subjects,
            AuthorizationService authorizations,
            Clock clock,
            DemoMonitoring monitoring) {
        ensureUser(users, encoder, tx, clock, "admin", Role.ADMINISTRATOR);
        // the demo simulator's colleague, who dispatches what nobody handled; also on databases of older demos
        ensureUser(users, encoder, tx, clock, COLLEAGUE, Role.DISPATCHER);
        if (users.find("investigator").isPresent()) {
            return false;
        }
        for (DemoUser user : USERS) {
            ensureUser(users, encoder, tx, clock, user.username(), user.role());
        }
        createCases(subjects, authorizations, clock.instant());
        createHomeDetention(subjects, authorizations, monitoring, clock.instant());
        return true;
    }

    private static void ensureUser(
            UserStore users, PasswordEncoder encoder, Transactions tx, Clock clock, String name, Role role) {
        if (users.find(name).isEmpty()) {
            User user = new User(name, Passwords.hash(encoder, PASSWORD), Set.of(role), true, clock.instant(), true);
            tx.inTransaction(() -> {
                users.insert(user);
                return user;
            });
        }
    }

    private static void createCases(SubjectService subjects, AuthorizationService authorizations, Instant now) {
        Actor investigator = new Actor("investigator", Set.of(Role.INVESTIGATOR));
        Actor approver = new Actor("approver", Set.of(Role.APPROVER));
        Subject missing = subjects.create(investigator, "Ana Demo Pérez", DataSubjectCategory.MISSING_PERSON, true)
                .orElseThrow();
        Subject suspect = subjects.create(investigator, "Carlos Demo Ruiz", DataSubjectCategory.SUSPECT, true)
                .orElseThrow();
        Subject monitored = subjects.create(investigator, "Luis Demo Andrade", DataSubjectCategory.CONVICTED, true)
                .orElseThrow();

        Authorization search = authorizations
                .request(
                        investigator,
                        request(
                                missing,
                                Purpose.VICTIM_OR_MISSING_PERSON_SEARCH,
                                EnumSet.of(DataKind.FACE, DataKind.LOCATION),
                                null,
                                List.of(cuenca()),
                                now,
                                Duration.ofDays(14),
                                null))
                .orElseThrow();
        authorizations
                .decide(approver, search.id(), true, "Demo: proportionate, missing minor, 14 days, Cuenca only")
                .orElseThrow();
        authorizations
                .request(
                        investigator,
                        request(
                                suspect,
                                Purpose.SERIOUS_OFFENCE_SUSPECT,
                                EnumSet.of(DataKind.FACE),
                                new Offence("COIP-189", 7),
                                List.of(),
                                now,
                                Duration.ofDays(7),
                                null))
                .orElseThrow();
        authorizations
                .request(
                        investigator,
                        request(
                                monitored,
                                Purpose.ELECTRONIC_MONITORING_ORDER,
                                EnumSet.of(DataKind.LOCATION),
                                null,
                                List.of(cuenca()),
                                now,
                                Duration.ofDays(90),
                                "Demo: protection order issued tonight; victim at risk"))
                .orElseThrow();
    }

    /** The demo tracker's identifier and secret: demo mode only, shown in the start log. */
    public static final String TRACKER_ID = "demo-tracker-1";

    public static final String TRACKER_SECRET = "dev_demo_tracker_secret_1";

    /** Home of the demo home-detention order, in Cuenca. */
    public static final GeoPoint HOME = new GeoPoint(-2.9006, -79.0045);

    /**
     * A home-detention order under an approved authorization: a tracker bound to the subject, a
     * 300 m zone around home, stay-within and silence rules. Fixes sent with the demo tracker's
     * secret move the subject; one 400 m away raises an alert.
     */
    private static void createHomeDetention(
            SubjectService subjects, AuthorizationService authorizations, DemoMonitoring monitoring, Instant now) {
        Actor investigator = new Actor("investigator", Set.of(Role.INVESTIGATOR));
        Actor approver = new Actor("approver", Set.of(Role.APPROVER));
        Subject detained = subjects.create(investigator, "Marco Demo Vélez", DataSubjectCategory.CONVICTED, true)
                .orElseThrow();
        Authorization order = authorizations
                .request(
                        investigator,
                        request(
                                detained,
                                Purpose.ELECTRONIC_MONITORING_ORDER,
                                EnumSet.of(DataKind.LOCATION),
                                null,
                                List.of(cuenca()),
                                now,
                                Duration.ofDays(180),
                                null))
                .orElseThrow();
        authorizations
                .decide(approver, order.id(), true, "Demo: home detention ordered by the court, 180 days")
                .orElseThrow();
        monitoring.homeDetention(investigator, detained, order, HOME);
    }

    private static AuthorizationRequest request(
            Subject subject,
            Purpose purpose,
            Set<DataKind> kinds,
            @Nullable Offence offence,
            List<GeoArea> areas,
            Instant now,
            Duration validity,
            @Nullable String urgentReason) {
        return new AuthorizationRequest(
                subject.id(),
                purpose,
                UseMode.LIVE,
                offence,
                kinds,
                areas,
                Set.of(),
                new LegalBasis(
                        "Unidad Judicial Penal de Cuenca (DEMO)",
                        "COIP art. 522 (demo)",
                        "DEMO-" + subject.id().toString().substring(0, 8)),
                now,
                now.plus(validity),
                urgentReason,
                true);
    }

    /** A box around the city centre of Cuenca, Ecuador. */
    static GeoArea cuenca() {
        return GeoArea.of(new GeoPolygon(List.of(List.of(
                new GeoPoint(-2.93, -79.06),
                new GeoPoint(-2.93, -78.96),
                new GeoPoint(-2.86, -78.96),
                new GeoPoint(-2.86, -79.06),
                new GeoPoint(-2.93, -79.06)))));
    }
}
