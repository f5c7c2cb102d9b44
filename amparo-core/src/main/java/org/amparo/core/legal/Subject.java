package org.amparo.core.legal;

import java.time.Instant;
import java.util.Objects;

/**
 * One named individual whose personal data Amparo may process under an authorization. There is
 * deliberately no field for ethnicity, nationality, religion, political opinion, sexual
 * orientation, health or any demographic group (CHARTER section 2). Immutable.
 *
 * @param id identifier
 * @param name the individual's name, as in the legal documents
 * @param category data-subject category
 * @param createdAt when the record was created
 * @param createdBy username of the creator
 * @param demo whether the record is synthetic demo data
 */
public record Subject(
        SubjectId id, String name, DataSubjectCategory category, Instant createdAt, String createdBy, boolean demo) {
    /** Longest accepted name, in characters. */
    public static final int MAX_NAME_LENGTH = 200;

    public Subject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("name must be 1.." + MAX_NAME_LENGTH + " characters");
        }
    }
}
