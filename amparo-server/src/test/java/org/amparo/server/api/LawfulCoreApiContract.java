package org.amparo.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.AuthorizationService;
import org.amparo.core.legal.PolicyDecision;
import org.amparo.core.legal.ProcessingPolicy;
import org.amparo.core.legal.ProcessingRequest;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.retention.RetentionService;
import org.amparo.server.Http;
import org.amparo.server.Http.Reply;
import org.amparo.server.MutableClock;
import org.amparo.server.TestClockConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The lawful core through the real HTTP API of the real application, on a real database (one
 * subclass per database). Each abuse case of issue #2 is refused with a clear problem and audited.
 * Tests share one application and one clock that only moves forward, so each builds its own data
 * relative to the clock's current time.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "amparo.demo=true",
            "amparo.retention.audit-log-days=200",
            "amparo.retention.subject-record-days=30"
        })
@Import(TestClockConfig.class)
abstract class LawfulCoreApiContract {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    ProcessingPolicy policy;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    RetentionService retention;

    @Autowired
    DataSource dataSource;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    // ---- helpers -------------------------------------------------------------------------

    String subject(String name, String category) {
        Reply reply =
                http.post("investigator", "/api/v1/subjects", Http.json(Map.of("name", name, "category", category)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.text("id");
    }

    Map<String, Object> request(String subjectId, String purpose, List<String> kinds, Duration validity) {
        Instant now = clock.instant();
        return new java.util.HashMap<>(Map.of(
                "subjectId",
                subjectId,
                "purpose",
                purpose,
                "dataKinds",
                kinds,
                "issuingAuthority",
                "Unidad Judicial Penal de Cuenca",
                "legalBasis",
                "COIP art. 522",
                "reference",
                "01283-2026-00412",
                "notBefore",
                now.toString(),
                "expiresAt",
                now.plus(validity).toString(),
                "scope",
                Map.of("areas", List.of(), "cameraIds", List.of()),
                "urgent",
                false));
    }

    String requested(String user, Map<String, Object> body) {
        Reply reply = http.post(user, "/api/v1/authorizations", Http.json(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.text("status")).isEqualTo("REQUESTED");
        return reply.text("id");
    }

    Reply decide(String user, String id, String decision) {
        return http.post(
                user,
                "/api/v1/authorizations/" + id + "/decision",
                Http.json(
                        Map.of("decision", decision, "reason", "Proportionate and necessary for the stated purpose")));
    }

    PolicyDecision locationCheck(String subjectId) {
        return policy.check(
                ProcessingRequest.location(SubjectId.parse(subjectId), clock.instant(), new GeoPoint(-2.9, -79.0)));
    }

    List<JsonNode> auditEntries() {
        Reply reply = http.get(
                "auditor",
                "/api/v1/audit?from=2000-01-01T00:00:00Z&limit=5000&to="
                        + clock.instant().plusSeconds(60));
        assertThat(reply.status()).isEqualTo(200);
        List<JsonNode> entries = new java.util.ArrayList<>();
        reply.json().forEach(entries::add);
        return entries;
    }

    static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("correlationId").asString("")).isNotEmpty();
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    // ---- subjects ------------------------------------------------------------------------

    @Test
    void subjectReadNeedsJustificationAndIsAudited() {
        String id = subject("Ana Pérez", "MISSING_PERSON");
        Reply without = http.get("investigator", "/api/v1/subjects/" + id);
        assertProblem(without, 400);
        assertThat(without.json().path("violations").get(0).path("field").asString(""))
                .isEqualTo("justification");

        Reply with = http.send(
                "investigator",
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/subjects/" + id))
                        .header("X-Justification", "Case 01283-2026-00412: verify identity before enrolment"));
        assertThat(with.status()).isEqualTo(200);
        assertThat(with.text("name")).isEqualTo("Ana Pérez");

        List<JsonNode> reads = auditEntries().stream()
                .filter(e -> e.path("objectId").asString("").equals(id)
                        && e.path("action").asString("").equals("READ"))
                .toList();
        assertThat(reads).extracting(e -> e.path("result").asString("")).containsExactly("DENIED", "SUCCESS");
        assertThat(reads.get(1).path("justification").asString("")).contains("verify identity");
    }

    @Test
    void forbiddenAttributeIsRefusedAndNeverStored() {
        Reply reply = http.post(
                "investigator",
                "/api/v1/subjects",
                "{\"name\":\"Forbidden Probe\",\"category\":\"SUSPECT\",\"ethnicity\":\"any\"}");
        assertProblem(reply, 400);
        assertThat(reply.text("detail")).contains("forbidden attribute");
        Integer stored = new JdbcTemplate(dataSource)
                .queryForObject("SELECT COUNT(*) FROM subjects WHERE name = 'Forbidden Probe'", Integer.class);
        assertThat(stored).isZero();
    }

    @Test
    void unknownFieldAndBadCategoryAreRefused() {
        assertProblem(
                http.post(
                        "investigator",
                        "/api/v1/subjects",
                        "{\"name\":\"A B\",\"category\":\"SUSPECT\",\"nickname\":\"x\"}"),
                400);
        Reply category = http.post("investigator", "/api/v1/subjects", "{\"name\":\"A B\",\"category\":\"CROWD\"}");
        assertProblem(category, 400);
        assertThat(category.text("detail")).contains("category");
        assertProblem(http.post("investigator", "/api/v1/subjects", "{\"name\":"), 400);
    }

    // ---- accounts ----------------------------------------------------------------------------

    @Test
    void anAccountTheAdministratorCreatedIsHeldToAPasswordChangeFirst() {
        String name = "invited-" + Long.toString(System.nanoTime(), 36);
        Reply created = http.post(
                "admin",
                "/api/v1/users",
                Http.json(Map.of("username", name, "password", "chosen-by-admin-1", "roles", List.of("SUPERVISOR"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("passwordChangeRequired").asBoolean()).isTrue();
        String initial = name + ":chosen-by-admin-1";

        Reply held = http.get(initial, "/api/v1/notifications");
        assertProblem(held, 403);
        assertThat(held.text("type")).isEqualTo("urn:amparo:problem:password-change-required");
        assertThat(http.post(initial, "/api/v1/tokens", Http.json(Map.of("name", "laptop")))
                        .status())
                .as("no token that would outlive the held password")
                .isEqualTo(403);
        assertThat(http.get(initial, "/api/v1/me").status()).isEqualTo(200);

        Reply wrong = change(initial, "not-it-at-all", "a-long-own-phrase");
        assertProblem(wrong, 400);
        assertThat(wrong.body()).contains("currentPassword", "the current password is wrong");
        assertProblem(change(initial, "chosen-by-admin-1", "short"), 400);
        // bcrypt reads at most 72 bytes: 40 letters with a tilde are 80, refused as a problem, not a failure
        assertProblem(change(initial, "chosen-by-admin-1", "ñ".repeat(40)), 400);
        assertProblem(
                http.post(
                        "admin",
                        "/api/v1/users",
                        Http.json(Map.of(
                                "username", name + "x", "password", "p".repeat(100), "roles", List.of("OPERATOR")))),
                400);
        assertProblem(change(initial, "chosen-by-admin-1", "chosen-by-admin-1"), 400);
        assertProblem(change(initial, "chosen-by-admin-1", "x" + name + "-and-more"), 400);
        Reply unknownField = http.post(
                initial,
                "/api/v1/me/password",
                Http.json(Map.of(
                        "currentPassword", "chosen-by-admin-1", "newPassword", "a-long-own-phrase", "admin", true)));
        assertProblem(unknownField, 400);

        assertThat(change(initial, "chosen-by-admin-1", "a-long-own-phrase").status())
                .isEqualTo(204);
        assertThat(http.get(initial, "/api/v1/me").status())
                .as("the old password")
                .isEqualTo(401);
        assertThat(http.get(name + ":a-long-own-phrase", "/api/v1/notifications")
                        .status())
                .isEqualTo(200);
        assertThat(http.get("admin", "/api/v1/users").json())
                .filteredOn(u -> u.path("username").asString("").equals(name))
                .singleElement()
                .satisfies(u ->
                        assertThat(u.path("passwordChangeRequired").asBoolean()).isFalse());
        assertThat(auditEntries())
                .anySatisfy(e -> {
                    assertThat(e.path("username").asString("")).isEqualTo(name);
                    assertThat(e.path("action").asString("")).isEqualTo("UPDATE");
                    assertThat(e.path("result").asString("")).isEqualTo("DENIED");
                })
                .anySatisfy(e -> {
                    assertThat(e.path("username").asString("")).isEqualTo(name);
                    assertThat(e.path("action").asString("")).isEqualTo("UPDATE");
                    assertThat(e.path("result").asString("")).isEqualTo("SUCCESS");
                })
                .noneSatisfy(e -> assertThat(e.toString()).contains("a-long-own-phrase"));
    }

    @Test
    void anAdministratorDisablesEnablesAndResetsOtherAccountsButNotTheirOwn() {
        String name = "leaver-" + Long.toString(System.nanoTime(), 36);
        assertThat(http.post(
                                "admin",
                                "/api/v1/users",
                                Http.json(Map.of(
                                        "username",
                                        name,
                                        "password",
                                        "chosen-by-admin-2",
                                        "roles",
                                        List.of("SUPERVISOR"))))
                        .status())
                .isEqualTo(201);
        assertThat(change(name + ":chosen-by-admin-2", "chosen-by-admin-2", "my-own-passphrase")
                        .status())
                .isEqualTo(204);
        String own = name + ":my-own-passphrase";
        assertThat(http.get(own, "/api/v1/notifications").status()).isEqualTo(200);

        Reply disabled = http.post("admin", "/api/v1/users/" + name + "/disable", "");
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        assertThat(http.get(own, "/api/v1/notifications").status()).isEqualTo(401);
        assertProblem(http.post("admin", "/api/v1/users/admin/disable", ""), 409);
        assertProblem(http.post("supervisor", "/api/v1/users/" + name + "/enable", ""), 403);
        assertProblem(http.post("admin", "/api/v1/users/nobody-" + port + "/enable", ""), 404);
        assertThat(http.post("admin", "/api/v1/users/" + name + "/enable", "").status())
                .isEqualTo(200);
        assertThat(http.get(own, "/api/v1/notifications").status()).isEqualTo(200);

        Reply reset = http.post(
                "admin", "/api/v1/users/" + name + "/password", Http.json(Map.of("password", "reset-by-admin-9")));
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        assertThat(reset.json().path("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(http.get(own, "/api/v1/me").status())
                .as("the forgotten password")
                .isEqualTo(401);
        assertThat(http.get(name + ":reset-by-admin-9", "/api/v1/notifications").status())
                .isEqualTo(403);
        assertProblem(
                http.post("admin", "/api/v1/users/" + name + "/password", Http.json(Map.of("password", "short"))), 400);
        assertProblem(
                http.post("admin", "/api/v1/users/admin/password", Http.json(Map.of("password", "a-long-new-one"))),
                409);
        assertThat(auditEntries())
                .anySatisfy(e -> assertThat(e.toString()).contains("account disabled", name))
                .anySatisfy(e -> assertThat(e.toString()).contains("password reset by an administrator", name))
                .noneSatisfy(e -> assertThat(e.toString()).contains("reset-by-admin-9"));
    }

    private Reply change(String user, String current, String replacement) {
        return http.post(
                user, "/api/v1/me/password", Http.json(Map.of("currentPassword", current, "newPassword", replacement)));
    }

    // ---- authorizations: abuse cases ---------------------------------------------------------

    @Test
    void selfApprovalIsRefusedEvenWithTheApproverRole() {
        Reply created = http.post(
                "admin",
                "/api/v1/users",
                Http.json(Map.of(
                        "username",
                        "dual-" + port,
                        "password",
                        "dual-password-123",
                        "roles",
                        List.of("INVESTIGATOR", "APPROVER"))));
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        if (created.status() == 201) {
            // the administrator chose that password: its user replaces it first
            Reply changed = http.post(
                    "dual-" + port + ":dual-password-123",
                    "/api/v1/me/password",
                    Http.json(Map.of("currentPassword", "dual-password-123", "newPassword", "own-passphrase-456")));
            assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        }
        String dual = "dual-" + port + ":own-passphrase-456";
        String id = requested(
                dual,
                request(
                        subject("Self Approval Probe", "MISSING_PERSON"),
                        "VICTIM_OR_MISSING_PERSON_SEARCH",
                        List.of("LOCATION"),
                        Duration.ofDays(5)));

        Reply self = decide(dual, id, "APPROVE");
        assertProblem(self, 403);
        assertThat(self.text("detail")).contains("requester").contains("cannot decide");
        assertThat(auditEntries()).anySatisfy(e -> {
            assertThat(e.path("username").asString("")).isEqualTo("dual-" + port);
            assertThat(e.path("action").asString("")).isEqualTo("APPROVE");
            assertThat(e.path("result").asString("")).isEqualTo("DENIED");
        });
        assertThat(decide("approver", id, "APPROVE").text("status")).isEqualTo("APPROVED");
    }

    @Test
    void requesterWithoutApproverRoleGets403() {
        String id = requested(
                "investigator",
                request(
                        subject("Role Probe", "MISSING_PERSON"),
                        "VICTIM_OR_MISSING_PERSON_SEARCH",
                        List.of("FACE"),
                        Duration.ofDays(5)));
        assertProblem(decide("investigator", id, "APPROVE"), 403);
    }

    @Test
    void groupOrUnnamedAuthorizationIsRefused() {
        Map<String, Object> group = request(
                subject("Group Probe", "SUSPECT"), "SERIOUS_OFFENCE_SUSPECT", List.of("FACE"), Duration.ofDays(3));
        group.put("subjectIds", List.of("a", "b"));
        Reply reply = http.post("investigator", "/api/v1/authorizations", Http.json(group));
        assertProblem(reply, 400);
        assertThat(reply.text("detail")).contains("exactly one subject");

        Map<String, Object> unnamed = request(
                "00000000-0000-0000-0000-000000000000", "IMMINENT_THREAT_TO_LIFE", List.of("FACE"), Duration.ofDays(1));
        Reply missing = http.post("investigator", "/api/v1/authorizations", Http.json(unnamed));
        assertProblem(missing, 400);
        assertThat(missing.text("detail")).contains("no subject");
    }

    @Test
    void suspectOffenceUnderFourYearsIsRefused() {
        String suspect = subject("Offence Probe", "SUSPECT");
        Map<String, Object> minor = request(suspect, "SERIOUS_OFFENCE_SUSPECT", List.of("FACE"), Duration.ofDays(3));
        minor.put("offenceCode", "COIP-204");
        minor.put("maxPenaltyYears", 3);
        Reply reply = http.post("investigator", "/api/v1/authorizations", Http.json(minor));
        assertProblem(reply, 400);
        assertThat(reply.json().path("violations").get(0).path("field").asString(""))
                .isEqualTo("maxPenaltyYears");

        minor.put("maxPenaltyYears", 4);
        requested("investigator", minor);
    }

    @Test
    void processingStopsAfterRevocationAndNotificationTaskIsCreated() {
        String subjectId = subject("Revocation Probe", "CONVICTED");
        String id = requested(
                "investigator",
                request(subjectId, "ELECTRONIC_MONITORING_ORDER", List.of("LOCATION"), Duration.ofDays(30)));
        assertThat(locationCheck(subjectId)).isInstanceOf(PolicyDecision.Deny.class);
        decide("approver", id, "APPROVE");
        assertThat(locationCheck(subjectId)).isInstanceOf(PolicyDecision.Permit.class);

        Reply revoked = http.post(
                "approver", "/api/v1/authorizations/" + id + "/revoke", "{\"reason\":\"Measure lifted by the court\"}");
        assertThat(revoked.text("status")).isEqualTo("REVOKED");
        assertThat(((PolicyDecision.Deny) locationCheck(subjectId)).reason()).isEqualTo(PolicyDecision.Reason.REVOKED);
        assertThat(http.get("supervisor", "/api/v1/notifications").body()).contains(id);
    }

    @Test
    void processingStopsAfterExpiry() {
        String subjectId = subject("Expiry Probe", "MISSING_PERSON");
        String id = requested(
                "investigator",
                request(subjectId, "VICTIM_OR_MISSING_PERSON_SEARCH", List.of("LOCATION"), Duration.ofHours(1)));
        decide("approver", id, "APPROVE");
        assertThat(locationCheck(subjectId).permitted()).isTrue();
        clock.advance(Duration.ofHours(2));
        assertThat(((PolicyDecision.Deny) locationCheck(subjectId)).reason()).isEqualTo(PolicyDecision.Reason.EXPIRED);
        authorizations.endDue();
        assertThat(http.get("approver", "/api/v1/authorizations/" + id).text("status"))
                .isEqualTo("EXPIRED");
    }

    @Test
    void urgentUseStopsByItselfPastItsClock() {
        String subjectId = subject("Urgent Probe", "MISSING_PERSON");
        Map<String, Object> urgent =
                request(subjectId, "VICTIM_OR_MISSING_PERSON_SEARCH", List.of("LOCATION"), Duration.ofDays(10));
        urgent.put("urgent", true);
        urgent.put("urgentReason", "Child abducted an hour ago; judge unreachable tonight");
        String id = requested("investigator", urgent);
        assertThat(locationCheck(subjectId).permitted()).isTrue();

        clock.advance(Duration.ofHours(25));
        assertThat(((PolicyDecision.Deny) locationCheck(subjectId)).reason())
                .isEqualTo(PolicyDecision.Reason.URGENT_DEADLINE_LAPSED);
        authorizations.endDue();
        assertThat(http.get("approver", "/api/v1/authorizations/" + id).text("status"))
                .isEqualTo("EXPIRED");
        assertProblem(decide("approver", id, "APPROVE"), 409);
    }

    @Test
    void authorizationReadsAreAudited() {
        String id = requested(
                "investigator",
                request(
                        subject("Read Audit Probe", "MISSING_PERSON"),
                        "VICTIM_OR_MISSING_PERSON_SEARCH",
                        List.of("FACE"),
                        Duration.ofDays(5)));
        assertThat(http.get("supervisor", "/api/v1/authorizations/" + id).status())
                .isEqualTo(200);
        assertThat(http.get("supervisor", "/api/v1/authorizations?status=REQUESTED")
                        .body())
                .contains(id);
        assertThat(auditEntries()).anySatisfy(e -> {
            assertThat(e.path("username").asString("")).isEqualTo("supervisor");
            assertThat(e.path("action").asString("")).isEqualTo("READ");
            assertThat(e.path("objectId").asString("")).isEqualTo(id);
        });
    }

    // ---- audit -----------------------------------------------------------------------------

    @Test
    void onlyTheAuditorReadsTheAuditLog() {
        for (String user : List.of("investigator", "operator", "approver", "supervisor", "admin", "dispatcher")) {
            assertProblem(http.get(user, "/api/v1/audit"), 403);
            assertProblem(http.get(user, "/api/v1/audit/verify"), 403);
        }
        assertThat(http.get("auditor", "/api/v1/audit").status()).isEqualTo(200);
        assertProblem(http.get(null, "/api/v1/audit"), 401);
    }

    @Test
    void anEditedAuditRowIsFoundByVerification() {
        subject("Audit Probe", "WITNESS");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long target =
                java.util.Objects.requireNonNull(jdbc.queryForObject("SELECT MAX(seq) FROM audit_log", Long.class)) - 1;
        String original = jdbc.queryForObject("SELECT detail FROM audit_log WHERE seq = ?", String.class, target);
        try {
            jdbc.update("UPDATE audit_log SET detail = ? WHERE seq = ?", original + " (edited)", target);
            JsonNode broken = http.get("auditor", "/api/v1/audit/verify").json();
            assertThat(broken.path("valid").asBoolean()).isFalse();
            assertThat(broken.path("firstBrokenEntry").asLong()).isEqualTo(target);
        } finally {
            jdbc.update("UPDATE audit_log SET detail = ? WHERE seq = ?", original, target);
        }
        assertThat(http.get("auditor", "/api/v1/audit/verify")
                        .json()
                        .path("valid")
                        .asBoolean())
                .isTrue();
    }

    // ---- retention and transparency -----------------------------------------------------------

    @Test
    void purgeLeavesNoExpiredDataAndTheChainStillVerifies() {
        String old = subject("Retention Probe", "WITNESS");
        clock.advance(Duration.ofDays(400));
        retention.purge();
        Integer left = new JdbcTemplate(dataSource)
                .queryForObject("SELECT COUNT(*) FROM subjects WHERE id = ?", Integer.class, old);
        assertThat(left).isZero();
        Integer oldAudit = new JdbcTemplate(dataSource)
                .queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE occurred_at < ?",
                        Integer.class,
                        java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(200))));
        assertThat(oldAudit).isZero();
        JsonNode verify = http.get("auditor", "/api/v1/audit/verify").json();
        assertThat(verify.path("valid").asBoolean()).as(verify.toString()).isTrue();
        assertThat(auditEntries())
                .anySatisfy(e -> assertThat(e.path("action").asString("")).isEqualTo("PURGE"));
    }

    @Test
    void transparencyReportCountsWithoutPersonalData() {
        String subjectId = subject("Transparency Probe", "MISSING_PERSON");
        String id = requested(
                "investigator",
                request(subjectId, "VICTIM_OR_MISSING_PERSON_SEARCH", List.of("FACE"), Duration.ofDays(2)));
        decide("approver", id, "REJECT");
        Instant now = clock.instant();
        Reply report = http.get(
                "auditor",
                "/api/v1/reports/transparency?from=" + now.minus(Duration.ofDays(1)) + "&to=" + now.plusSeconds(1));
        assertThat(report.status()).isEqualTo(200);
        JsonNode search = report.json().path("authorizationsByPurpose").path("VICTIM_OR_MISSING_PERSON_SEARCH");
        assertThat(search.path("requested").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(search.path("rejected").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(report.body())
                .doesNotContain("Transparency Probe")
                .doesNotContain(subjectId)
                .doesNotContain(id);
        assertProblem(http.get("operator", "/api/v1/reports/transparency"), 403);
    }

    // ---- edge ------------------------------------------------------------------------------

    @Test
    void apiTokensAuthenticateAndUnknownOnesAreRefused() {
        Reply token = http.post("investigator", "/api/v1/tokens", "{\"name\":\"integration test\"}");
        assertThat(token.status()).isEqualTo(201);
        String secret = token.text("token");
        assertThat(secret).startsWith("amp_");
        Reply me = http.send(
                null,
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                        .header("Authorization", "Bearer " + secret));
        assertThat(me.text("username")).isEqualTo("investigator");
        Reply bad = http.send(
                null,
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                        .header("Authorization", "Bearer amp_unknown"));
        assertProblem(bad, 401);
        Integer plain = new JdbcTemplate(dataSource)
                .queryForObject("SELECT COUNT(*) FROM api_tokens WHERE token_sha256 = ?", Integer.class, secret);
        assertThat(plain).as("the secret itself is never stored").isZero();
    }

    @Test
    void wrongPasswordWrongMediaTypeAndMalformedIdsAnswerProblems() {
        assertProblem(http.get("investigator:wrong-password", "/api/v1/authorizations"), 401);
        assertProblem(http.get("investigator", "/api/v1/authorizations/not-a-uuid"), 400);
        assertProblem(http.get("investigator", "/api/v1/authorizations?status=SOMETIMES"), 400);
        Reply text = http.send(
                "investigator",
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/subjects"))
                        .header("Content-Type", "text/plain")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("hello")));
        assertProblem(text, 415);
        assertThat(http.get(null, "/actuator/health").text("status")).isEqualTo("UP");
    }

    static AuthorizationId id(String text) {
        return AuthorizationId.parse(text);
    }
}
