package org.crmworkbench.analysis.assistant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sublinear TF-IDF with smoothed idf, as scikit-learn's TfidfVectorizer(sublinear_tf=True) computes it. */
class TfIdfVocabularyTest {
    private final TfIdfVocabulary vocabulary = TfIdfVocabulary.fit(List.of(
            List.of("a", "b"), List.of("a", "c"), List.of("a", "b", "d", "d")), 1);

    @Test
    void featuresAreNumberedInTheOrderTheyFirstAppear() {
        assertEquals(4, vocabulary.size());
        assertArrayEquals(new int[] {0, 1, 2, 3}, vocabulary.vector(List.of("d", "c", "b", "a")).indexes());
    }

    @Test
    void weightsAreSublinearTfTimesSmoothedIdfAtUnitLength() {
        // n = 3; idf = ln((1 + n) / (1 + df)) + 1: a (df 3) 1, b (df 2) ln(4/3) + 1, d (df 1) ln 2 + 1
        double idfB = Math.log(4.0 / 3.0) + 1;
        double idfD = Math.log(2.0) + 1;
        double a = 1;
        double b = idfB;
        double d = (1 + Math.log(2)) * idfD;
        double norm = Math.sqrt(a * a + b * b + d * d);
        SparseVector v = vocabulary.vector(List.of("a", "b", "d", "d", "unknown"));
        assertArrayEquals(new int[] {0, 1, 3}, v.indexes());
        assertArrayEquals(new double[] {a / norm, b / norm, d / norm}, v.values(), 1e-12);
        assertEquals(1.0, v.squaredNorm(), 1e-12);
    }

    @Test
    void unknownFeaturesGiveAnEmptyVector() {
        assertTrue(vocabulary.vector(List.of("zzz")).isEmpty());
        assertTrue(vocabulary.vector(List.of()).isEmpty());
    }

    @Test
    void rareFeaturesCanBeDropped() {
        TfIdfVocabulary common = TfIdfVocabulary.fit(List.of(List.of("a", "b"), List.of("a", "c"),
                List.of("a", "b", "d")), 2);
        assertEquals(2, common.size());
        assertArrayEquals(new int[] {0, 1}, common.vector(List.of("b", "a", "d")).indexes());
    }
}
