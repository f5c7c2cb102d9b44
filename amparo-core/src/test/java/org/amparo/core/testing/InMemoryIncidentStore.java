package org.amparo.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.amparo.core.dispatch.CallId;
import org.amparo.core.dispatch.CallerNumber;
import org.amparo.core.dispatch.Incident;
import org.amparo.core.dispatch.IncidentEvent;
import org.amparo.core.dispatch.IncidentId;
import org.amparo.core.dispatch.IncidentStatus;
import org.amparo.core.dispatch.IncidentStore;
import org.amparo.core.dispatch.IncidentSummary;
import org.amparo.core.dispatch.UnitStatus;
import org.amparo.core.dispatch.stats.IncidentFacts;
import org.amparo.core.dispatch.stats.IncidentFactsSource;
import org.jspecify.annotations.Nullable;

/**
 * An {@link IncidentStore} and {@link IncidentFactsSource} in memory, for tests. {@link #lock} is {@link #find}: there
 * are no transactions to hold a lock in. Thread-safe (every method is synchronized).
 */
public final class InMemoryIncidentStore implements IncidentStore, IncidentFactsSource {
    private record Call(CallId id, IncidentId incident, CallerNumber number, Instant at) {}

    private final Map<IncidentId, Incident> incidents = new LinkedHashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<IncidentEvent> events = new ArrayList<>();

    @Override
    public synchronized void insert(Incident incident) {
        if (incidents.putIfAbsent(incident.id(), incident) != null) {
            throw new IllegalStateException("duplicate incident " + incident.id());
        }
        calls.add(new Call(
                incident.linkedCalls().getFirst(),
                incident.id(),
                java.util.Objects.requireNonNull(incident.callerNumber(), "a new incident has its caller's number"),
                incident.createdAt()));
    }

    @Override
    public synchronized void update(Incident incident) {
        Incident old = incidents.get(incident.id());
        if (old == null) {
            throw new IllegalStateException("no incident " + incident.id());
        }
        incidents.put(incident.id(), incident);
    }

    @Override
    public synchronized void addCall(IncidentId incident, CallId call, CallerNumber number, Instant at) {
        calls.add(new Call(call, incident, number, at));
    }

    @Override
    public synchronized Optional<Incident> find(IncidentId id) {
        Incident incident = incidents.get(id);
        if (incident == null) {
            return Optional.empty();
        }
        List<CallId> linked = calls.stream()
                .filter(c -> c.incident().equals(id))
                .map(Call::id)
                .toList();
        return Optional.of(new Incident(
                incident.id(),
                incident.type(),
                incident.priority(),
                incident.callerNumber(),
                incident.location(),
                incident.description(),
                incident.province(),
                incident.status(),
                incident.createdAt(),
                incident.closedAt(),
                linked));
    }

    @Override
    public Optional<Incident> lock(IncidentId id) {
        return find(id);
    }

    @Override
    public synchronized Optional<IncidentId> incidentOf(CallId call) {
        return calls.stream()
                .filter(c -> c.id().equals(call))
                .map(Call::incident)
                .findFirst();
    }

    @Override
    public synchronized Optional<IncidentId> openIncidentCalledFrom(CallerNumber number, Instant from, Instant to) {
        return calls.stream()
                .filter(c -> c.number().equals(number) && !c.at().isBefore(from) && !c.at().isAfter(to))
                .filter(c -> stored(c.incident()).status() != IncidentStatus.CLOSED)
                .max(Comparator.comparing(Call::at)
                        .thenComparing(c -> stored(c.incident()).createdAt()))
                .map(Call::incident);
    }

    private Incident stored(IncidentId id) {
        return java.util.Objects.requireNonNull(incidents.get(id), "incident of a call");
    }

    @Override
    public synchronized List<IncidentSummary> open(int limit) {
        return incidents.values().stream()
                .filter(i -> i.status() != IncidentStatus.CLOSED)
                .sorted(Comparator.comparing(Incident::priority)
                        .thenComparing(Incident::createdAt)
                        .thenComparing(i -> i.id().value()))
                .limit(limit)
                .map(IncidentSummary::of)
                .toList();
    }

    @Override
    public synchronized void append(IncidentEvent event) {
        events.add(event);
    }

    @Override
    public synchronized List<IncidentEvent> timeline(IncidentId id) {
        return events.stream().filter(e -> e.incident().equals(id)).toList();
    }

    @Override
    public synchronized void scan(Instant from, Instant to, Consumer<IncidentFacts> sink) {
        for (Incident i : incidents.values()) {
            if (!i.createdAt().isBefore(from) && i.createdAt().isBefore(to)) {
                sink.accept(new IncidentFacts(
                        i.createdAt(),
                        i.type(),
                        i.priority(),
                        i.province(),
                        firstDispatch(i.id()),
                        firstOnScene(i.id())));
            }
        }
    }

    private @Nullable Instant firstDispatch(IncidentId id) {
        return timeline(id).stream()
                .filter(e -> e instanceof IncidentEvent.UnitDispatched)
                .map(IncidentEvent::at)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    private @Nullable Instant firstOnScene(IncidentId id) {
        return timeline(id).stream()
                .filter(e -> e instanceof IncidentEvent.UnitStatusChanged u && u.to() == UnitStatus.ON_SCENE)
                .map(IncidentEvent::at)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    /** Every timeline entry of every incident, in order. */
    public synchronized List<IncidentEvent> events() {
        return List.copyOf(events);
    }
}
