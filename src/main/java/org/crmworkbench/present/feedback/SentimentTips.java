package org.crmworkbench.present.feedback;

import java.util.Objects;
import org.jfree.chart.labels.CategoryToolTipGenerator;
import org.jfree.chart.util.PublicCloneable;
import org.jfree.data.category.CategoryDataset;

/**
 * A bar's or point's tooltip in the reader's words, worded by a function of the dataset, row and column. Cloneable
 * (it holds nothing that changes), so a chart that carries it can be copied for a file or a report.
 */
final class SentimentTips implements CategoryToolTipGenerator, PublicCloneable {
    /** The words of one item. */
    @FunctionalInterface
    interface Wording {
        String of(CategoryDataset data, int row, int column);
    }

    private final Wording wording;

    SentimentTips(Wording wording) {
        this.wording = Objects.requireNonNull(wording, "wording");
    }

    @Override
    public String generateToolTip(CategoryDataset dataset, int row, int column) {
        return wording.of(dataset, row, column);
    }

    @Override
    public Object clone() {
        return this;
    }
}
