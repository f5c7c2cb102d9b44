package org.amparo.server.api;

import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;

/** Parses identifiers from paths and bodies, answering 400 (not 500) for malformed ones. */
final class Ids {
    private Ids() {}

    static SubjectId subject(String text) {
        try {
            return SubjectId.parse(text);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("subjectId", "not a subject id");
        }
    }

    static AuthorizationId authorization(String text) {
        try {
            return AuthorizationId.parse(text);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("id", "not an authorization id");
        }
    }
}
