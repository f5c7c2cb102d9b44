package org.amparo.core.legal;

import static org.amparo.core.legal.PolicyFixtures.T0;
import static org.amparo.core.legal.PolicyFixtures.authorizationId;
import static org.amparo.core.legal.PolicyFixtures.subjectId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.geo.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * The law "narrowing an authorization never grants more": a narrower window, fewer data kinds,
 * fewer cameras or smaller areas can only turn permits into denials, never the reverse.
 */
class NarrowingPropertiesTest {
    private static final SubjectId SUBJECT = subjectId(1);
    private static final List<String> CAMERAS = List.of("cam-0", "cam-1", "cam-2", "cam-3", "cam-4");

    /** An axis-aligned rectangle in degrees; its sub-rectangles are exactly contained in it. */
    record Rect(double south, double west, double north, double east) {
        GeoArea area() {
            return PolicyFixtures.rectangle(south, west, north, east);
        }

        Arbitrary<Rect> inside() {
            Arbitrary<Double> cut = Arbitraries.doubles().between(0, 0.49).ofScale(3);
            return Combinators.combine(cut, cut, cut, cut)
                    .as((s, n, w, e) -> new Rect(
                            south + s * (north - south),
                            west + w * (east - west),
                            north - n * (north - south),
                            east - e * (east - west)));
        }

        Arbitrary<GeoPoint> point() {
            Arbitrary<Double> fraction = Arbitraries.doubles().between(0, 1).ofScale(6);
            return Combinators.combine(fraction, fraction)
                    .as((f, g) -> new GeoPoint(south + f * (north - south), west + g * (east - west)));
        }
    }

    /** An authorization's scope and window, in a form that can be narrowed. */
    record Shape(Instant notBefore, Instant expiresAt, Set<DataKind> kinds, Set<String> cameras, List<Rect> rects) {
        Authorization authorization(long id, AuthorizationStatus status, @Nullable String urgentReason) {
            return PolicyFixtures.authorization(
                    authorizationId(id),
                    SUBJECT,
                    status,
                    new Scope(rects.stream().map(Rect::area).toList(), cameras, kinds),
                    notBefore,
                    expiresAt,
                    urgentReason);
        }
    }

    /** An authorization and a narrowed copy of it with the same status. */
    record Narrowing(
            Shape wide,
            Shape narrow,
            AuthorizationStatus status,
            @Nullable String urgentReason) {
        Authorization wideAuthorization() {
            return wide.authorization(1, status, urgentReason);
        }

        Authorization narrowAuthorization() {
            return narrow.authorization(2, status, urgentReason);
        }
    }

    @Property(tries = 150)
    void narrowingAnAuthorizationNeverGrantsMore(@ForAll("cases") Case c) {
        Authorization wide = c.narrowing().wideAuthorization();
        Authorization narrow = c.narrowing().narrowAuthorization();
        boolean narrowPermittedSomething = false;
        for (ProcessingRequest request : c.requests()) {
            boolean narrowPermits = ProcessingPolicy.evaluate(narrow, request).permitted();
            narrowPermittedSomething |= narrowPermits;
            if (narrowPermits) {
                assertThat(ProcessingPolicy.evaluate(wide, request).permitted())
                        .as("narrowed %s permits %s, original %s must too", narrow.scope(), request, wide.scope())
                        .isTrue();
            }
        }
        Statistics.label("narrow permits some request").collect(narrowPermittedSomething);
        Statistics.label("narrow permits some request")
                .coverage(checker -> checker.check(true).percentage(p -> p > 10));
    }

    /** A narrowing and requests, half of them aimed inside the narrowed scope so that permits occur. */
    record Case(Narrowing narrowing, List<ProcessingRequest> requests) {}

    @Provide
    Arbitrary<Case> cases() {
        return narrowings()
                .flatMap(n -> requests(n).list().ofMinSize(1).ofMaxSize(20).map(r -> new Case(n, r)));
    }

    private static Arbitrary<Narrowing> narrowings() {
        Arbitrary<AuthorizationStatus> status =
                Arbitraries.of(AuthorizationStatus.APPROVED, AuthorizationStatus.REQUESTED);
        return Combinators.combine(shapes(), status, Arbitraries.of("", "hostage situation"))
                .flatAs((wide, s, reason) ->
                        narrowed(wide).map(narrow -> new Narrowing(wide, narrow, s, reason.isEmpty() ? null : reason)));
    }

    private static Arbitrary<Shape> shapes() {
        Arbitrary<Instant> start = Arbitraries.longs().between(0, 100 * 60).map(m -> T0.plus(Duration.ofMinutes(m)));
        Arbitrary<Long> lengthMinutes = Arbitraries.longs().between(2, 200 * 60);
        Arbitrary<Set<DataKind>> kinds = Arbitraries.of(DataKind.class).set().ofMinSize(1);
        Arbitrary<Set<String>> cameras = Arbitraries.of(CAMERAS).set();
        Arbitrary<List<Rect>> rects = rect().list().ofMaxSize(2);
        return Combinators.combine(start, lengthMinutes, kinds, cameras, rects)
                .as((from, length, k, cams, r) -> new Shape(from, from.plus(Duration.ofMinutes(length)), k, cams, r));
    }

    private static Arbitrary<Rect> rect() {
        Arbitrary<Double> corner = Arbitraries.doubles().between(0, 8).ofScale(3);
        Arbitrary<Double> size = Arbitraries.doubles().between(0.1, 3).ofScale(3);
        return Combinators.combine(corner, corner, size, size).as((s, w, h, v) -> new Rect(s, w, s + h, w + v));
    }

    private static Arbitrary<Shape> narrowed(Shape wide) {
        long length = Duration.between(wide.notBefore(), wide.expiresAt()).toMinutes();
        Arbitrary<Long> startCut = Arbitraries.longs().between(0, length / 2);
        Arbitrary<Long> endCut = Arbitraries.longs().between(0, length / 2 - 1);
        Arbitrary<Set<DataKind>> kinds = Arbitraries.of(sorted(wide.kinds()))
                .set()
                .ofMinSize(1)
                .ofMaxSize(wide.kinds().size());
        // An empty camera set or area list means "all": narrowing keeps a non-empty subset of a
        // non-empty original, and may pick anything under an unlimited one.
        Arbitrary<Set<String>> cameras = wide.cameras().isEmpty()
                ? Arbitraries.of(CAMERAS).set()
                : Arbitraries.of(sorted(wide.cameras()))
                        .set()
                        .ofMinSize(1)
                        .ofMaxSize(wide.cameras().size());
        Arbitrary<List<Rect>> rects = wide.rects().isEmpty()
                ? rect().list().ofMaxSize(2)
                : Arbitraries.of(wide.rects())
                        .flatMap(Rect::inside)
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(3);
        return Combinators.combine(startCut, endCut, kinds, cameras, rects)
                .as((s, e, k, cams, r) -> new Shape(
                        wide.notBefore().plus(Duration.ofMinutes(s)),
                        wide.expiresAt().minus(Duration.ofMinutes(e)),
                        k,
                        cams,
                        r));
    }

    /** A stable order, so that a seed replays the same cases on every JVM. */
    private static <T extends Comparable<T>> List<T> sorted(Set<T> values) {
        return values.stream().sorted().toList();
    }

    private static Arbitrary<ProcessingRequest> requests(Narrowing n) {
        List<Rect> aimed =
                n.narrow().rects().isEmpty() ? n.wide().rects() : n.narrow().rects();
        Arbitrary<GeoPoint> anywhere = new Rect(-1, -1, 12, 12).point();
        Arbitrary<GeoPoint> position = aimed.isEmpty()
                ? anywhere
                : Arbitraries.oneOf(anywhere, Arbitraries.of(aimed).flatMap(Rect::point));
        Arbitrary<Instant> at = Arbitraries.oneOf(
                Arbitraries.longs().between(-10 * 60, 320 * 60).map(m -> T0.plus(Duration.ofMinutes(m))),
                Arbitraries.longs()
                        .between(
                                0,
                                Duration.between(
                                                n.narrow().notBefore(),
                                                n.narrow().expiresAt())
                                        .toMinutes())
                        .map(m -> n.narrow().notBefore().plus(Duration.ofMinutes(m))));
        List<String> cameraPool = new ArrayList<>(CAMERAS);
        cameraPool.add("cam-9");
        Arbitrary<@Nullable String> camera = Arbitraries.of(cameraPool).injectNull(0.2);
        return Combinators.combine(Arbitraries.of(DataKind.class), at, position.injectNull(0.1), camera)
                .as((kind, time, where, cam) -> new ProcessingRequest(SUBJECT, kind, time, where, cam, null));
    }
}
