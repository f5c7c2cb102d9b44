package org.amparo.bench.geofence;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
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
 * through its STRtree and directly over each subject's prepared zones, and against PostGIS ({@link
 * PostgisPeer}): one query per fix over the first {@value #POSTGIS_PER_FIX_FIXES} fixes, and batches of
 * {@value PostgisPeer#BATCH} fixes joined against the zones in one query each over the first {@value
 * #POSTGIS_BATCHED_FIXES}. Every score is in fixes per second.
 *
 * <p>Every invocation replays all fixes from a fresh state (engine or peer rebuilt outside the
 * measurement), so the event counts of every invocation equal those the trial setup prints: the
 * engine's exact count for the fixed seed is the correctness gate; the peer's differs by design (no
 * accuracy circle, hysteresis or dwell). The workload is shared by all threads; with {@code -t 2}
 * each thread replays it into its own engine, as two shards would.
 *
 * <p>The PostGIS peers' gate: the trial first replays their prefix through PostGIS once and requires
 * the counts to equal those of {@link ReferenceReplay} on PostGIS's geometry (true circles on the
 * sphere), after checking that the reference on the JTS peer's geometry gives the JTS peer's counts
 * on the same prefix; it prints all three. Their counts differ from the JTS peer's only by the circles
 * (true circles rather than inscribed 32-gons).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GeofenceReplayBenchmark {
    /** Fixes per invocation; JMH's score is therefore fixes per second. */
    public static final int FIXES = 1_000_000;

    /** Fixes replayed by {@link #peerPostgisPerFix}: a prefix, a round trip per fix being slow. */
    public static final int POSTGIS_PER_FIX_FIXES = 20_000;

    /** Fixes replayed by {@link #peerPostgisBatched}. */
    public static final int POSTGIS_BATCHED_FIXES = FIXES;

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

    /**
     * The workload loaded into a fresh PostGIS schema for the trial (dropped at its end), and the
     * event counts of the PostGIS peer's prefix, gated against the Java reference.
     */
    @State(Scope.Benchmark)
    public static class Postgis {
        private @Nullable PostgisZones zones;
        private @Nullable Map<String, Integer> index;
        private @Nullable EventCounts counts;

        @Setup(Level.Trial)
        @SuppressForbidden(reason = "a benchmark prints its correctness gate")
        public void load(Workload workload, BenchmarkParams params) throws SQLException {
            boolean batched = params.getBenchmark().endsWith("Batched");
            int prefix = batched ? POSTGIS_BATCHED_FIXES : POSTGIS_PER_FIX_FIXES;
            ReplayWorkload built = workload.workload();
            Map<String, Integer> devices = NaiveState.deviceIndex(built);
            JtsStrtreePeer jtsPeer = new JtsStrtreePeer(built, workload.peerZones(), false);
            for (int i = 0; i < prefix; i++) {
                jtsPeer.accept(built.fixes[i]);
            }
            EventCounts jts = jtsPeer.counts();
            EventCounts jtsGeometry = ReferenceReplay.replay(
                    built, workload.peerZones(), devices, prefix, ReferenceReplay.Geometry.JTS_POLYGONS);
            if (!jtsGeometry.sameAs(jts)) {
                throw new IllegalStateException(
                        "the naive state differs from the JTS peer's: " + jtsGeometry + " vs " + jts);
            }
            EventCounts reference = ReferenceReplay.replay(
                    built, workload.peerZones(), devices, prefix, ReferenceReplay.Geometry.POSTGIS_SPHERE);
            long start = System.nanoTime();
            PostgisZones loaded = PostgisZones.load(built);
            long loadedNanos = System.nanoTime() - start;
            EventCounts measured;
            try (PostgisPeer peer = loaded.peer(built, devices)) {
                start = System.nanoTime();
                measured = batched
                        ? peer.replayBatched(peer.freshState(), prefix)
                        : peer.replayPerFix(peer.freshState(), prefix);
            } catch (SQLException | RuntimeException e) {
                loaded.close();
                throw e;
            }
            long replayNanos = System.nanoTime() - start;
            System.out.printf(
                    Locale.ROOT,
                    "%nPostGIS %s, first %d fixes (%d zones and %d assignments loaded into %s.%s in %d ms;"
                            + " gate replay %d ms)%n"
                            + "  postgis events:   %s%n  reference events: %s (true circles on PostGIS's sphere)%n"
                            + "  jts peer events:  %s (circles as inscribed 32-gons)%n",
                    batched ? "batched" : "per fix",
                    prefix,
                    loaded.zones,
                    loaded.assignments,
                    PostgisZones.DATABASE,
                    loaded.schema,
                    TimeUnit.NANOSECONDS.toMillis(loadedNanos),
                    TimeUnit.NANOSECONDS.toMillis(replayNanos),
                    measured,
                    reference,
                    jts);
            if (!measured.sameAs(reference)) {
                loaded.close();
                throw new IllegalStateException(
                        "PostGIS events " + measured + " differ from the reference's " + reference);
            }
            zones = loaded;
            index = devices;
            counts = measured;
        }

        @TearDown(Level.Trial)
        public void drop() throws SQLException {
            if (zones != null) {
                zones.close();
                zones = null;
            }
        }

        PostgisZones zones() {
            return Objects.requireNonNull(zones, "set up by JMH");
        }

        Map<String, Integer> index() {
            return Objects.requireNonNull(index, "set up by JMH");
        }

        EventCounts counts() {
            return Objects.requireNonNull(counts, "set up by JMH");
        }
    }

    /** A PostGIS connection per thread for the trial, and a fresh client-side state per invocation. */
    @State(Scope.Thread)
    public static class PostgisReplay {
        private @Nullable PostgisPeer peer;
        private @Nullable NaiveState state;

        @Setup(Level.Trial)
        public void connect(Workload workload, Postgis postgis) throws SQLException {
            peer = postgis.zones().peer(workload.workload(), postgis.index());
        }

        @Setup(Level.Invocation)
        public void fresh() {
            state = Objects.requireNonNull(peer).freshState();
        }

        @TearDown(Level.Invocation)
        public void check(Postgis postgis) {
            requireSame("PostGIS peer", Objects.requireNonNull(state).counts(), postgis.counts());
        }

        @TearDown(Level.Trial)
        public void disconnect() throws SQLException {
            if (peer != null) {
                peer.close();
                peer = null;
            }
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

    /** Peer: PostGIS, one prepared-statement execution per fix, over the first fixes only. */
    @Benchmark
    @OperationsPerInvocation(POSTGIS_PER_FIX_FIXES)
    public long peerPostgisPerFix(PostgisReplay replay) throws SQLException {
        PostgisPeer peer = Objects.requireNonNull(replay.peer);
        return peer.replayPerFix(Objects.requireNonNull(replay.state), POSTGIS_PER_FIX_FIXES)
                .total();
    }

    /** Peer: PostGIS, batches of fixes joined against the zones in one statement each. */
    @Benchmark
    @OperationsPerInvocation(POSTGIS_BATCHED_FIXES)
    public long peerPostgisBatched(PostgisReplay replay) throws SQLException {
        PostgisPeer peer = Objects.requireNonNull(replay.peer);
        return peer.replayBatched(Objects.requireNonNull(replay.state), POSTGIS_BATCHED_FIXES)
                .total();
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
