package org.amparo.core.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.amparo.core.legal.Subject;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.legal.SubjectStore;

/** Subjects in a map. Thread-safe. */
public final class InMemorySubjectStore implements SubjectStore {
    private final Map<SubjectId, Subject> subjects = new ConcurrentHashMap<>();

    @Override
    public void insert(Subject subject) {
        if (subjects.putIfAbsent(subject.id(), subject) != null) {
            throw new IllegalStateException("duplicate subject " + subject.id());
        }
    }

    @Override
    public Optional<Subject> find(SubjectId id) {
        return Optional.ofNullable(subjects.get(id));
    }

    public List<Subject> all() {
        return List.copyOf(subjects.values());
    }
}
