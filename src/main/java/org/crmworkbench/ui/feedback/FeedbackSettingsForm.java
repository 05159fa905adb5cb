package org.crmworkbench.ui.feedback;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.crmworkbench.analysis.text.FeedbackSettings;
import org.crmworkbench.work.IntRange;

/**
 * The Feedback workspace's settings as properties: language (detected per text, or all English, or all Chinese),
 * timeline period, topics per language (0 = the analysis chooses), keywords per group, the at-risk days and the
 * top-spenders percentage of the read-first list; {@link #settings()} turns them into {@link FeedbackSettings},
 * whose ranges the spinners take. FX thread only.
 */
public final class FeedbackSettingsForm {
    private final FeedbackSettings defaults = FeedbackSettings.defaults();
    private final ObjectProperty<LanguageOption> language = new SimpleObjectProperty<>(this, "language",
            LanguageOption.of(defaults.language()));
    private final ObjectProperty<PeriodOption> period = new SimpleObjectProperty<>(this, "period",
            PeriodOption.of(defaults.period()));
    private final IntegerProperty topics = new SimpleIntegerProperty(this, "topics", defaults.topics());
    private final IntegerProperty keywords = new SimpleIntegerProperty(this, "keywords", defaults.keywords());
    private final IntegerProperty atRiskDays = new SimpleIntegerProperty(this, "atRiskDays", defaults.atRiskDays());
    private final IntegerProperty topSpenders = new SimpleIntegerProperty(this, "topSpenders",
            defaults.topSpenders());

    FeedbackSettingsForm() {
    }

    /** The settings as they stand (a BadParameterException naming the setting when one is out of range). */
    public FeedbackSettings settings() {
        return new FeedbackSettings(language.get().choice(), period.get().period(), topics.get(), keywords.get(), atRiskDays.get(),
                topSpenders.get());
    }

    /** Every value whose change runs the analysis again. */
    List<Observable> all() {
        return List.of(language, period, topics, keywords, atRiskDays, topSpenders);
    }

    public ObjectProperty<LanguageOption> languageProperty() {
        return language;
    }

    public ObjectProperty<PeriodOption> periodProperty() {
        return period;
    }

    public IntegerProperty topicsProperty() {
        return topics;
    }

    public IntegerProperty keywordsProperty() {
        return keywords;
    }

    public IntegerProperty atRiskDaysProperty() {
        return atRiskDays;
    }

    public IntegerProperty topSpendersProperty() {
        return topSpenders;
    }

    public IntRange topicsRange() {
        return FeedbackSettings.TOPICS;
    }

    public IntRange keywordsRange() {
        return FeedbackSettings.KEYWORDS;
    }

    public IntRange atRiskDaysRange() {
        return FeedbackSettings.AT_RISK_DAYS;
    }

    public IntRange topSpendersRange() {
        return FeedbackSettings.TOP_SPENDERS;
    }
}
