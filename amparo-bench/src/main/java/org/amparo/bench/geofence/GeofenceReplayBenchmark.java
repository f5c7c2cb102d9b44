package org.amparo.bench.geofence;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.amparo.bench.SuppressForbidden;
import org.amparo.core.geo.track.Fix;
import org.amparo.core.geo.track.GeofenceEngine;
import org.amparo.core.geo.track.MonitoringOrder;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Fixes per second through the geofence rules: a seeded synthetic city ({@link ReplayWorkload}: N
 * zones, S stay-within subjects, S/10 keep-apart pairs, {@value #FIXES} random-walk fixes) replayed
 * by Amparo's {@link GeofenceEngine} against a straightforward JTS peer ({@link JtsStrtreePeer}),
 * through its STRtree and directly over each subject's prepared zones.
 *
 * <p>Every invocation replays all fixes from a fresh state (engine or peer rebuilt outside the
 * measurement), so the event counts of every invocation equal those the trial setup prints: the
 * engine's exact count for the fixed seed is the correctness gate; the peer's differs by design (no
 * accuracy circle, hysteresis or dwell). The workload is shared by all threads; with {@code -t 2}
 * each thread replays it into its own engine, as two shards would.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GeofenceReplayBenchmark {
    /** Fixes per invocation; JMH's score is therefore fixes per second. */
    public static final int FIXES = 1_000_000;

    /** The seed of the synthetic city. */
    public static final long SEED = 20260302L;

    /** The workload, and the event counts of one reference replay by each side. */
    @State(Scope.Benchmark)
    public static class Workload {
        @Param({"1000", "10000"})
        public int zones = 1000;

        @Param({"10000", "100000"})
        public int subjects = 10000;

        private @Nullable ReplayWorkload workload;
        private @Nullable JtsZoneTree peerZones;
        private @Nullable EventCounts engineCounts;
        private @Nullable EventCounts peerCounts;

        @Setup(Level.Trial)
        @SuppressForbidden(reason = "a benchmark prints its correctness gate")
        public void build() {
            long start = System.nanoTime();
            ReplayWorkload built =
                    new ReplayWorkload(new ReplayWorkload.Spec(zones, subjects, subjects / 10, FIXES, SEED));
            JtsZoneTree prepared = new JtsZoneTree(built.shapes);
            long builtNanos = System.nanoTime() - start;
            workload = built;
            peerZones = prepared;
            engineCounts = replayEngine(built);
            peerCounts = replayPeer(built, prepared, false);
            EventCounts direct = replayPeer(built, prepared, true);
            if (!direct.sameAs(peerCounts)) {
                throw new IllegalStateException("peer via tree " + peerCounts + " != direct " + direct);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%nGeofenceReplay zones=%d subjects=%d pairs=%d devices=%d fixes=%d seed=%d (built in %d ms)%n"
                            + "  engine events: %s%n  peer events:   %s (naive: no accuracy, hysteresis or dwell)%n",
                    zones,
                    subjects,
                    subjects / 10,
                    built.deviceIds.length,
                    FIXES,
                    SEED,
                    TimeUnit.NANOSECONDS.toMillis(builtNanos),
                    engineCounts,
                    peerCounts);
        }

        ReplayWorkload workload() {
            return Objects.requireNonNull(workload, "set up by JMH");
        }

        JtsZoneTree peerZones() {
            return Objects.requireNonNull(peerZones, "set up by JMH");
        }

        EventCounts engineCounts() {
            return Objects.requireNonNull(engineCounts, "set up by JMH");
        }

        EventCounts peerCounts() {
            return Objects.requireNonNull(peerCounts, "set up by JMH");
        }
    }

    /** A fresh engine with every order registered, per invocation, per thread. */
    @State(Scope.Thread)
    public static class EngineReplay {
        private @Nullable GeofenceEngine engine;
        private EventCounts counts = new EventCounts();

        @Setup(Level.Invocation)
        public void fresh(Workload workload) {
            engine = newEngine(workload.workload());
            counts = new EventCounts();
        }

        @TearDown(Level.Invocation)
        public void check(Workload workload) {
            requireSame("engine", counts, workload.engineCounts());
        }
    }

    /** A fresh peer state per invocation, per thread, over the shared prepared zones. */
    @State(Scope.Thread)
    public static class PeerReplay {
        private @Nullable JtsStrtreePeer peer;

        @Setup(Level.Invocation)
        public void fresh(Workload workload, BenchmarkParams params) {
            boolean direct = params.getBenchmark().endsWith("Direct");
            peer = new JtsStrtreePeer(workload.workload(), workload.peerZones(), direct);
        }

        @TearDown(Level.Invocation)
        public void check(Workload workload) {
            requireSame("peer", Objects.requireNonNull(peer).counts(), workload.peerCounts());
        }
    }

    /** Amparo: {@link GeofenceEngine#accept} for every fix, events counted by kind. */
    @Benchmark
    @OperationsPerInvocation(FIXES)
    public long amparoEngine(Workload workload, EngineReplay replay) {
        GeofenceEngine engine = Objects.requireNonNull(replay.engine);
        EventCounts counts = replay.counts;
        for (Fix fix : workload.workload().fixes) {
            engine.accept(fix, counts);
        }
        return counts.total();
    }

    /** Peer: STRtree query at the fix, then PreparedGeometry.contains on the subject's candidates. */
    @Benchmark
    @OperationsPerInvocation(FIXES)
    public long peerJtsStrtree(Workload workload, PeerReplay replay) {
        JtsStrtreePeer peer = Objects.requireNonNull(replay.peer);
        for (Fix fix : workload.workload().fixes) {
            peer.accept(fix);
        }
        return peer.counts().total();
    }

    /** Peer without the tree: PreparedGeometry.contains on the subject's own 1-2 zones. */
    @Benchmark
    @OperationsPerInvocation(FIXES)
    public long peerJtsPreparedDirect(Workload workload, PeerReplay replay) {
        JtsStrtreePeer peer = Objects.requireNonNull(replay.peer);
        for (Fix fix : workload.workload().fixes) {
            peer.accept(fix);
        }
        return peer.counts().total();
    }

    static GeofenceEngine newEngine(ReplayWorkload workload) {
        GeofenceEngine engine = new GeofenceEngine(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        for (MonitoringOrder order : workload.orders) {
            engine.register(order);
        }
        return engine;
    }

    static EventCounts replayEngine(ReplayWorkload workload) {
        GeofenceEngine engine = newEngine(workload);
        EventCounts counts = new EventCounts();
        for (Fix fix : workload.fixes) {
            engine.accept(fix, counts);
        }
        return counts;
    }

    static EventCounts replayPeer(ReplayWorkload workload, JtsZoneTree zones, boolean direct) {
        JtsStrtreePeer peer = new JtsStrtreePeer(workload, zones, direct);
        for (Fix fix : workload.fixes) {
            peer.accept(fix);
        }
        return peer.counts();
    }

    static void requireSame(String side, EventCounts measured, EventCounts reference) {
        if (!measured.sameAs(reference)) {
            throw new IllegalStateException(
                    side + " replay is not deterministic: " + measured + " vs reference " + reference);
        }
    }
}
