package org.crmworkbench.ui.segments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.segment.SegmentProfile;
import org.crmworkbench.analysis.segment.SegmentationResult;
import org.crmworkbench.analysis.segment.SegmentationSettings;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SegmentRunRecord;
import org.crmworkbench.present.segment.SegmentWording;

/**
 * The shown segments' cards with the names the analyst gives them. Cards are kept per setting, so names typed for
 * one k survive a trip to another k and back. FX thread only.
 */
final class SegmentCards {
    private final ObservableList<SegmentCard> shown = FXCollections.observableArrayList();
    private final Map<SegmentationSettings, List<SegmentCard>> bySettings = new HashMap<>();

    ObservableList<SegmentCard> shown() {
        return shown;
    }

    /** Shows the cards of {@code result}: those named before, or new ones with suggested names. */
    void show(SegmentationResult result, Messages messages) {
        shown.setAll(bySettings.computeIfAbsent(result.settings(), s -> {
            SegmentWording wording = new SegmentWording(messages);
            List<SegmentCard> fresh = new ArrayList<>();
            for (SegmentProfile p : result.profiles()) {
                fresh.add(new SegmentCard(p, wording.suggestName(p)));
            }
            return fresh;
        }));
    }

    /** Forgets every card (the features changed). */
    void forget() {
        bySettings.clear();
    }

    /** The names, in the order of the result's profiles. */
    List<String> names() {
        return shown.stream().map(SegmentCard::name).toList();
    }

    /** The name of segment {@code label}, or its number. */
    String nameOf(int label) {
        return shown.stream().filter(c -> c.profile().segment() == label).map(SegmentCard::name)
                .findFirst().orElse(Integer.toString(label));
    }

    /** Gives the shown segments the names a saved run gave them. */
    void restore(SegmentRunRecord run) {
        for (SegmentRunRecord.NamedSegment s : run.segments()) {
            shown.stream().filter(c -> c.profile().segment() == s.segment()).findFirst()
                    .ifPresent(c -> c.nameProperty().set(s.name()));
        }
    }

    /** Renames {@code card} to {@code text} trimmed; a blank or unchanged name is ignored. True when renamed. */
    static boolean rename(SegmentCard card, String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty() || trimmed.equals(card.name())) {
            return false;
        }
        card.nameProperty().set(trimmed);
        return true;
    }
}
