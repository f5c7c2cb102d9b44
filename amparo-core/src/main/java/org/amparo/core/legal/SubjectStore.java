package org.amparo.core.legal;

import java.util.Optional;

/** Persistence of subjects. Called inside a transaction; thread-safe. */
public interface SubjectStore {
    void insert(Subject subject);

    Optional<Subject> find(SubjectId id);
}
