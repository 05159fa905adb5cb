package org.crmworkbench.analysis.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class TermVectorsTest {
    private static final List<String> DOCS = List.of("leather wallet leather strap", "leather boots waterproof",
            "waterproof jacket jacket jacket hood");

    /** Plain weighting (all field weights 1) on three descriptions. */
    private static TermVectors plain() {
        return TermVectors.build(DOCS.size(), d -> ProductTerms.words(DOCS.get(d)), t -> 1.0, Progress.none());
    }

    @Test
    void agreesWithScikitLearnSublinearSmoothL2() {
        // sklearn 1.2.1: TfidfVectorizer(sublinear_tf=True, smooth_idf=True, norm='l2').fit_transform(DOCS)
        TermVectors v = plain();
        double eps = 1e-6;
        assertEquals(0.6732546652684398, v.weight(0, "leather"), eps);
        assertEquals(0.5228423068642596, v.weight(0, "strap"), eps);
        assertEquals(0.5228423068642596, v.weight(0, "wallet"), eps);
        assertEquals(0.680918560398684, v.weight(1, "boots"), eps);
        assertEquals(0.5178561161676974, v.weight(1, "leather"), eps);
        assertEquals(0.5178561161676974, v.weight(1, "waterproof"), eps);
        assertEquals(0.4088424639192312, v.weight(2, "hood"), eps);
        assertEquals(0.858001818910247, v.weight(2, "jacket"), eps);
        assertEquals(0.31093523191037725, v.weight(2, "waterproof"), eps);
        assertEquals(0.0, v.weight(2, "leather"));
        // X @ X.T from the same run
        assertEquals(0.34864904614769743, v.cosine(0, 1), eps);
        assertEquals(0.16101971157681028, v.cosine(1, 2), eps);
        assertEquals(0.0, v.cosine(0, 2), eps);
        assertEquals(1.0, v.cosine(2, 2), eps);
        assertEquals(7, v.terms());
    }

    @Test
    void matchesTheFormulaByHand() {
        // doc 0: leather tf 2 df 2, wallet and strap tf 1 df 1; N = 3
        double idf1 = Math.log(4.0 / 2.0) + 1;
        double idf2 = Math.log(4.0 / 3.0) + 1;
        double leather = (1 + Math.log(2)) * idf2;
        double norm = Math.sqrt(leather * leather + 2 * idf1 * idf1);
        assertEquals(leather / norm, plain().weight(0, "leather"), 1e-6);
        assertEquals(idf1 / norm, plain().weight(0, "wallet"), 1e-6);
    }

    @Test
    void fieldWeightsScaleCategoryAndTagTerms() {
        // one product, so every idf is ln(2/2) + 1 = 1 and the raw values are the field weights
        ItemTexts texts = new ItemTexts(List.of("Books", ""), List.of("gift", ""), List.of("tea", ""));
        TermVectors v = TermVectors.of(texts, Progress.none());
        double idf = Math.log(3.0 / 2.0) + 1;
        double c = ProductTerms.CATEGORY_WEIGHT * idf;
        double t = ProductTerms.TAG_WEIGHT * idf;
        double w = idf;
        double norm = Math.sqrt(c * c + t * t + w * w);
        assertEquals(c / norm, v.weight(0, "cat:books"), 1e-6);
        assertEquals(t / norm, v.weight(0, "tag:gift"), 1e-6);
        assertEquals(w / norm, v.weight(0, "tea"), 1e-6);
        assertTrue(v.hasText(0));
        assertFalse(v.hasText(1));
    }
}
