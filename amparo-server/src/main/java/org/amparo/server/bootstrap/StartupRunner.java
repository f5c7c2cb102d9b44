package org.amparo.server.bootstrap;

import java.time.Clock;
import org.amparo.core.access.UserStore;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.engine.Transactions;
import org.amparo.core.legal.AuthorizationService;
import org.amparo.core.legal.SubjectService;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** On start: the first administrator, and in demo mode the demo data set. */
@Component
public class StartupRunner implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(StartupRunner.class);

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final Settings settings;
    private final Transactions tx;
    private final AuditLog audit;
    private final Clock clock;
    private final SubjectService subjects;
    private final AuthorizationService authorizations;
    private final DemoMonitoring monitoring;

    public StartupRunner(
            UserStore users,
            PasswordEncoder encoder,
            Settings settings,
            Transactions tx,
            AuditLog audit,
            Clock clock,
            SubjectService subjects,
            AuthorizationService authorizations,
            DemoMonitoring monitoring) {
        this.users = users;
        this.encoder = encoder;
        this.settings = settings;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
        this.subjects = subjects;
        this.authorizations = authorizations;
        this.monitoring = monitoring;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean demo = settings.get(AmparoConfig.DEMO);
        if (demo) {
            if (DemoData.ensure(users, encoder, tx, subjects, authorizations, clock, monitoring)) {
                LOG.warn(
                        "DEMO MODE: demo accounts created (admin, investigator, approver, operator, operator2, "
                                + "dispatcher, dispatcher2, supervisor, auditor; password '{}'), synthetic data only",
                        DemoData.PASSWORD);
            }
            LOG.warn(
                    "DEMO MODE: tracker '{}' (secret '{}') is bound to a home-detention order in Cuenca. Send it 400 m "
                            + "from home twice to raise an alert: curl 'http://localhost:{}/?id={}&lat=-2.9042&lon=-79.0045"
                            + "&token={}' (change lat slightly for the second fix)",
                    DemoData.TRACKER_ID,
                    DemoData.TRACKER_SECRET,
                    settings.get(AmparoConfig.DEVICES_PORT),
                    DemoData.TRACKER_ID,
                    DemoData.TRACKER_SECRET);
            return;
        }
        AdminBootstrap.ensureAdmin(users, encoder, settings, tx, audit, clock);
    }
}
