package org.crmworkbench.ui.segments;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crmworkbench.analysis.segment.SegmentProfile;

/** One segment's profile with the name the analyst gives it (a suggestion at first). */
public final class SegmentCard {
    private final SegmentProfile profile;
    private final StringProperty name = new SimpleStringProperty(this, "name");

    public SegmentCard(SegmentProfile profile, String name) {
        this.profile = profile;
        this.name.set(name);
    }

    public SegmentProfile profile() {
        return profile;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public String name() {
        return name.get();
    }
}
