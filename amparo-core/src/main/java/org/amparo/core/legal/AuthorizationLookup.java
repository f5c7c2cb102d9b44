package org.amparo.core.legal;

import java.util.List;
import java.util.Optional;

/** The reads the {@link ProcessingPolicy} needs: an authorization by id, and a subject's authorizations. */
public interface AuthorizationLookup {
    Optional<Authorization> find(AuthorizationId id);

    /** All authorizations of one subject, newest request first. */
    List<Authorization> forSubject(SubjectId subjectId);
}
