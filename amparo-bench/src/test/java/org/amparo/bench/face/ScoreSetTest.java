package org.amparo.bench.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The verification measures on small hand-checked score sets. */
class ScoreSetTest {
    @Test
    void separableScoresHaveAucOneAndNoEqualError() {
        ScoreSet scores = new ScoreSet(new double[] {0.8, 0.9}, new double[] {0.1, 0.2, 0.3});
        assertThat(scores.auc()).isEqualTo(1.0);
        assertThat(scores.equalErrorRate()).isEqualTo(0.0);
        assertThat(scores.tprAtFpr(1e-3)).isEqualTo(1.0);
        assertThat(scores.thresholdAtFpr(1e-3)).isEqualTo(0.3);
    }

    @Test
    void overlapCountsTiesAsHalfAndRanksImpostorsFromTheTop() {
        ScoreSet scores = new ScoreSet(new double[] {0.5, 0.9}, new double[] {0.1, 0.5, 0.6, 0.7});
        // 0.9 beats all 4; 0.5 beats 0.1 and ties 0.5: (4 + 1.5) / 8
        assertThat(scores.auc()).isCloseTo(5.5 / 8, within(1e-12));
        // FPR 0.25 allows one impostor above the threshold: the second highest, 0.6
        assertThat(scores.thresholdAtFpr(0.25)).isEqualTo(0.6);
        assertThat(scores.tprAtFpr(0.25)).isEqualTo(0.5);
    }

    @Test
    void kFoldPicksTheThresholdOnTheOtherFolds() {
        List<KFoldAccuracy.Scored> pairs = List.of(
                new KFoldAccuracy.Scored(0.9, true, 0),
                new KFoldAccuracy.Scored(0.2, false, 0),
                new KFoldAccuracy.Scored(0.6, true, 1),
                new KFoldAccuracy.Scored(0.4, false, 1));
        KFoldAccuracy.Result result = KFoldAccuracy.evaluate(pairs, 2);
        assertThat(result.thresholds()).containsExactly(0.5, 0.55);
        assertThat(result.perFold()).containsExactly(1.0, 1.0);
        assertThat(result.standardDeviation()).isZero();
    }
}
