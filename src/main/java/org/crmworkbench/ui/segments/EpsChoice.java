package org.crmworkbench.ui.segments;

import java.util.Objects;
import org.crmworkbench.analysis.segment.KDistanceCurve;

/**
 * Where DBSCAN's eps comes from: the knee of the k-distance curve (as {@code segment} does without {@code --eps})
 * until the analyst sets eps or a saved run with its eps is restored. A new curve (other minPts or features) moves a
 * suggested eps along; an eps the analyst chose stays. FX thread only.
 */
final class EpsChoice {
    private final SegmentSettingsForm form;
    private final Runnable settingsChanged;
    private boolean suggested = true;
    private boolean setting;

    EpsChoice(SegmentSettingsForm form, KChoiceViewModel kSelection, Runnable settingsChanged) {
        this.form = Objects.requireNonNull(form, "form");
        this.settingsChanged = Objects.requireNonNull(settingsChanged, "settingsChanged");
        form.epsProperty().addListener((o, a, b) -> {
            if (!setting) {
                suggested = false; // the analyst's own eps
            }
            settingsChanged.run();
        });
        kSelection.kDistanceProperty().addListener((o, a, curve) -> {
            if (curve != null && suggested) {
                take(curve);
            }
        });
    }

    /** Whether eps follows the curve's knee now. */
    boolean followsCurve() {
        return suggested;
    }

    /** A saved run was restored: its eps is kept when it had one. */
    void restored(boolean runHadEps) {
        suggested = !runHadEps;
    }

    /** Uses {@code curve}'s knee from now on (the analyst asked for it). */
    void useSuggested(KDistanceCurve curve) {
        if (curve != null) {
            suggested = true;
            take(curve);
        }
    }

    private void take(KDistanceCurve curve) {
        if (!Double.isFinite(curve.suggestedEps()) || curve.suggestedEps() <= 0) {
            return;
        }
        double before = form.epsProperty().get();
        setting = true;
        try {
            form.epsProperty().set(curve.suggestedEps());
        } finally {
            setting = false;
        }
        if (before == curve.suggestedEps()) {
            settingsChanged.run(); // no change event: segment with it now
        }
    }
}
