package org.amparo.server.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.engine.Transactions;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.AuthorizationService;
import org.amparo.core.legal.AuthorizationStatus;
import org.amparo.core.legal.AuthorizationStore;
import org.amparo.server.api.AuthorizationBodies.AuthorizationView;
import org.amparo.server.api.AuthorizationBodies.DecisionBody;
import org.amparo.server.api.AuthorizationBodies.NewAuthorization;
import org.amparo.server.api.AuthorizationBodies.RevokeBody;
import org.amparo.server.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Authorizations: request (investigator), decision (approver, never the requester), revocation, listing. */
@RestController
@RequestMapping("/api/v1/authorizations")
public class AuthorizationController {
    private final AuthorizationService service;
    private final AuthorizationStore store;
    private final Transactions tx;
    private final Clock clock;
    private final AuditLog audit;

    public AuthorizationController(
            AuthorizationService service, AuthorizationStore store, Transactions tx, Clock clock, AuditLog audit) {
        this.service = service;
        this.store = store;
        this.tx = tx;
        this.clock = clock;
        this.audit = audit;
    }

    @PostMapping
    ResponseEntity<AuthorizationView> request(@RequestBody NewAuthorization body, Authentication auth) {
        Authorization created =
                Outcomes.value(service.request(CurrentActor.of(auth), AuthorizationBodies.toRequest(body, false)));
        return ResponseEntity.created(URI.create("/api/v1/authorizations/" + created.id()))
                .body(AuthorizationView.of(created, clock.instant()));
    }

    @PostMapping("/{id}/decision")
    AuthorizationView decide(@PathVariable String id, @RequestBody DecisionBody body, Authentication auth) {
        String decision = body.decision() == null ? "" : body.decision().toUpperCase(Locale.ROOT);
        if (!decision.equals("APPROVE") && !decision.equals("REJECT")) {
            throw RefusedException.invalid("decision", "APPROVE or REJECT");
        }
        String reason = body.reason() == null ? "" : body.reason();
        return AuthorizationView.of(
                Outcomes.value(service.decide(
                        CurrentActor.of(auth), Ids.authorization(id), decision.equals("APPROVE"), reason)),
                clock.instant());
    }

    @PostMapping("/{id}/revoke")
    AuthorizationView revoke(@PathVariable String id, @RequestBody RevokeBody body, Authentication auth) {
        String reason = body.reason() == null ? "" : body.reason();
        return AuthorizationView.of(
                Outcomes.value(service.revoke(CurrentActor.of(auth), Ids.authorization(id), reason)), clock.instant());
    }

    /** Lists authorizations; the read is audited (they name subjects by id). */
    @GetMapping
    List<AuthorizationView> list(
            @RequestParam(name = "status", required = false) @Nullable String status, Authentication auth) {
        AuthorizationStatus filter = status == null || status.isBlank() ? null : parseStatus(status);
        Instant now = clock.instant();
        List<Authorization> found = tx.inTransaction(() -> {
            List<Authorization> list = store.list(filter, 500);
            audit.append(AuditRecord.by(CurrentActor.of(auth), now)
                    .detail("list status=" + filter + " returned=" + list.size())
                    .success(AuditAction.READ, AuditObjectType.AUTHORIZATION, "-"));
            return list;
        });
        return found.stream().map(a -> AuthorizationView.of(a, now)).toList();
    }

    @GetMapping("/{id}")
    AuthorizationView get(@PathVariable String id, Authentication auth) {
        AuthorizationId authorizationId = Ids.authorization(id);
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
                    Optional<Authorization> found = store.find(authorizationId);
                    found.ifPresent(a -> audit.append(AuditRecord.by(CurrentActor.of(auth), now)
                            .authorization(a.id())
                            .success(AuditAction.READ, AuditObjectType.AUTHORIZATION, a.id())));
                    return found;
                })
                .map(a -> AuthorizationView.of(a, now))
                .orElseThrow(() -> new RefusedException(
                        org.springframework.http.HttpStatus.NOT_FOUND,
                        "not-found",
                        "authorization " + id + " does not exist",
                        List.of()));
    }

    private static AuthorizationStatus parseStatus(String status) {
        try {
            return AuthorizationStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("status", "one of REQUESTED, APPROVED, REJECTED, REVOKED, EXPIRED");
        }
    }
}
