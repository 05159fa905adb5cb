package org.crmworkbench.ui.segments;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A feature the analyst can tick for segmentation. */
public final class FeatureChoice {
    private final String name;
    private final boolean category;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");

    public FeatureChoice(String name, boolean category, boolean selected) {
        this.name = name;
        this.category = category;
        this.selected.set(selected);
    }

    public String name() {
        return name;
    }

    /** True for a categorical feature (one-hot encoded when chosen). */
    public boolean isCategory() {
        return category;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }
}
