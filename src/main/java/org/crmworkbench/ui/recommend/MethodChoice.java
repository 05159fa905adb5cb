package org.crmworkbench.ui.recommend;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.recommend.RecommendationWording;

/** A method in the Evaluation tab's list, ticked when it takes part in the comparison. */
public final class MethodChoice {
    private final RecommenderAlgorithm algorithm;
    private final BooleanProperty selected;

    MethodChoice(RecommenderAlgorithm algorithm, boolean selected) {
        this.algorithm = algorithm;
        this.selected = new SimpleBooleanProperty(this, "selected", selected);
    }

    public RecommenderAlgorithm algorithm() {
        return algorithm;
    }

    /** The method's name in the reader's language, for its tick box. */
    public String text(Messages messages) {
        return new RecommendationWording(messages).algorithm(algorithm);
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }
}
