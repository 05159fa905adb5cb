package org.crmworkbench.analysis.recommend;

import java.util.List;

/**
 * A trained model that can say which products resemble a given one ("products similar to this one"): item-kNN by
 * who rated them alike, content-based by their texts, factorisation by their latent factors.
 */
public interface SimilarItems {

    /** The at most {@code n} products most similar to {@code item}, most similar first, never the item itself. */
    List<SimilarItem> similarTo(int item, int n);
}
