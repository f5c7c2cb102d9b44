package org.amparo.core.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.core.face.FaceMatch;
import org.amparo.core.face.FaceMatchId;
import org.amparo.core.face.FaceMatchQuery;
import org.amparo.core.face.FaceMatchStore;
import org.amparo.core.face.Verdict;
import org.amparo.core.legal.AuthorizationId;

/** Face matches in a map; {@link #findForUpdate} locks nothing. Thread-safe (every method is synchronized). */
public final class InMemoryFaceMatchStore implements FaceMatchStore {
    private final Map<FaceMatchId, FaceMatch> matches = new LinkedHashMap<>();

    @Override
    public synchronized void insert(FaceMatch match) {
        if (matches.putIfAbsent(match.id(), match) != null) {
            throw new IllegalStateException("duplicate match " + match.id());
        }
    }

    @Override
    public synchronized Optional<FaceMatch> find(FaceMatchId id) {
        return Optional.ofNullable(matches.get(id));
    }

    @Override
    public synchronized Optional<FaceMatch> findForUpdate(FaceMatchId id) {
        return find(id);
    }

    @Override
    public synchronized void addVerdict(FaceMatch updated, Verdict verdict) {
        FaceMatch stored = matches.get(updated.id());
        if (stored == null || !stored.with(verdict).equals(updated)) {
            throw new IllegalStateException("the update is not the stored match with the verdict");
        }
        matches.put(updated.id(), updated);
    }

    @Override
    public synchronized List<FaceMatch> list(FaceMatchQuery q) {
        return matches.values().stream()
                .filter(m -> q.status() == null || m.status() == q.status())
                .filter(m -> q.since() == null || !m.raisedAt().isBefore(q.since()))
                .sorted(Comparator.comparing(FaceMatch::raisedAt).reversed())
                .limit(q.limit())
                .toList();
    }

    @Override
    public synchronized long deleteUnder(AuthorizationId id) {
        List<FaceMatch> under = matches.values().stream()
                .filter(m -> m.sighting().authorizationId().equals(id))
                .toList();
        under.forEach(m -> matches.remove(m.id()));
        return under.stream().mapToLong(m -> 2L + m.verdicts().size()).sum();
    }

    /** Every stored match, in insertion order. */
    public synchronized List<FaceMatch> all() {
        return List.copyOf(matches.values());
    }
}
