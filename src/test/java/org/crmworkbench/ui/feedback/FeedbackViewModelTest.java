package org.crmworkbench.ui.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crmworkbench.analysis.text.FeedbackPeriod;
import org.crmworkbench.analysis.text.Language;
import org.crmworkbench.analysis.text.LanguageChoice;
import org.crmworkbench.analysis.text.ScoredFeedback;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Feedback workspace's state without the FX thread, over five hand-scored texts ({@link HandBuiltFeedback}):
 * scored once, summarised under the filters without rescoring, the settings form's ranges, a chosen text in words,
 * a database without feedback, save and a failure in words.
 */
class FeedbackViewModelTest {
    private final Messages english = Messages.english();
    private final HandBuiltFeedback steps = new HandBuiltFeedback();
    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private FeedbackViewModel model() {
        DataSession session = new DataSession();
        db = Database.inMemory();
        session.opened(db);
        return new FeedbackViewModel(session, new SameThreadJobRunner(), Runnable::run, () -> english, steps);
    }

    private static List<String> ids(FeedbackViewModel model) {
        return model.resultProperty().get().texts().stream().map(s -> s.text().id()).toList();
    }

    @Test
    void aDatabaseWithoutFeedbackSaysSoAndShowsNothing() {
        steps.stored = List.of();
        FeedbackViewModel model = model();
        assertEquals("No feedback yet: the analysis starts as soon as feedback is imported (or open a feedback file).",
                model.dataTextProperty().get());
        assertEquals(FeedbackSource.Phase.WAITING_FOR_DATA, model.source().phaseProperty().get());
        assertNull(model.resultProperty().get());
        assertNull(model.noticeProperty().get());
        assertEquals(List.of(), steps.scoredWith, "nothing to score");
        assertFalse(model.canSaveProperty().get());
    }

    @Test
    void withoutADatabaseItAsksForOne() {
        FeedbackViewModel model = new FeedbackViewModel(new DataSession(), new SameThreadJobRunner(), Runnable::run,
                () -> english, steps);
        assertEquals("No database is open: open one with feedback, or read a feedback file.",
                model.dataTextProperty().get());
        model.source().kindProperty().set(FeedbackSource.Kind.FILE);
        assertEquals("Open a feedback file and pick its text column.", model.dataTextProperty().get());
    }

    @Test
    void aFeedbackFileHasItsTextIdAndDateColumnsGuessedFromItsHeader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("survey.csv");
        Files.writeString(file, "feedback_id,customer_id,created_at,channel,text,language\n"
                + "f1,C1,2026-01-05,web,Great value,en\n");
        FeedbackViewModel model = model();
        model.source().fileProperty().set(file);
        assertEquals(FeedbackSource.Kind.FILE, model.source().kindProperty().get());
        assertEquals(List.of("feedback_id", "customer_id", "created_at", "channel", "text", "language"),
                model.source().columns());
        assertEquals("text", model.source().textColumnProperty().get());
        assertEquals("feedback_id", model.source().idColumnProperty().get(), "not customer_id");
        assertEquals("created_at", model.source().dateColumnProperty().get());
        // the hand-built steps give their five texts for any file
        assertEquals("5 feedback texts from survey.csv", model.dataTextProperty().get());
        assertEquals(2, model.scorings(), "the stored texts, then the file's");
        model.source().textColumnProperty().set(null);
        assertEquals("Open a feedback file and pick its text column.", model.dataTextProperty().get());
        assertNull(model.resultProperty().get());
    }

    @Test
    void storedFeedbackIsScoredOnceAndSummarised() {
        FeedbackViewModel model = model();
        assertNotNull(model.resultProperty().get(), String.valueOf(model.noticeProperty().get()));
        assertEquals("5 stored feedback texts", model.dataTextProperty().get());
        assertEquals(List.of(LanguageChoice.AUTO), steps.scoredWith);
        assertTrue(steps.filters.get(0).isAll());
        // 2 of 5 positive, 1 neutral, 2 negative; mean (0.8 - 0.7 + 0.75 - 0.6 + 0) / 5 = 0.05
        assertEquals("5 texts \u00b7 40% positive \u00b7 20% neutral \u00b7 40% negative \u00b7 mean score 0.05"
                + " \u00b7 5 Jan 2026 to 15 Mar 2026", model.summaryTextProperty().get());
        FeedbackFilters filters = model.filters();
        assertEquals(List.of("", "en", "zh"), filters.languages());
        assertEquals(List.of("", "email", "phone", "web"), filters.channels());
        assertEquals(List.of("", "Desk", "Lamp"), filters.products());
        // the breakdown starts on channel; its groups most texts first
        ResultFocus focus = model.focus();
        assertEquals(List.of("language", "channel", "product"), focus.dimensions());
        assertEquals("channel", focus.dimensionProperty().get());
        assertEquals(List.of("Email", "Web", "Phone"), focus.groups().stream().map(g -> g.name()).toList());
        assertEquals(List.of(2, 2, 1), focus.groups().stream().map(g -> g.counts().total()).toList());
        focus.dimensionProperty().set("product");
        assertEquals(List.of("Lamp", "Desk"), focus.groups().stream().map(g -> g.name()).toList(),
                "e3 names no product");
        // keyword groups: English all texts, English negative, Chinese all texts
        assertEquals(List.of(new ResultFocus.KeywordGroup("en", null),
                new ResultFocus.KeywordGroup("en", "negative"),
                new ResultFocus.KeywordGroup("zh", null)), focus.keywordGroups());
        assertEquals(List.of("delivery", "price"), focus.keywords().stream().map(k -> k.keyword().term()).toList());
        focus.keywordGroupProperty().set(focus.keywordGroups().get(1));
        assertEquals(List.of("terrible"), focus.keywords().stream().map(k -> k.keyword().term()).toList());
        focus.keywordGroupProperty().set(focus.keywordGroups().get(2));
        assertEquals(List.of("物流"), focus.keywords().stream().map(k -> k.keyword().term()).toList());
        // the counts: all texts, then English 3 (1 / 1 / 1), Chinese 2
        assertEquals(List.of("All languages", "English", "Chinese"),
                focus.counts().stream().map(c -> c.name()).toList());
        assertEquals(List.of(5, 3, 2), focus.counts().stream().map(c -> c.counts().total()).toList());
        assertEquals(List.of("e2", "z2"), focus.priority().stream().map(p -> p.row().id()).toList());
        assertEquals("Negative feedback of customers among the top 20% by spend or without an order for 180 days"
                + " or more, most negative first: 2 texts. Double-click one to see it among all texts.",
                model.priorityTextProperty().get());
        assertNotNull(model.drawingProperty().get());
        assertEquals(1, steps.filters.size(), "one summary so far");
    }

    @Test
    void filtersSummariseAgainWithoutScoringAgain() {
        FeedbackViewModel model = model();
        FeedbackFilters filters = model.filters();
        filters.languageProperty().set("zh");
        assertEquals(1, model.scorings());
        assertEquals(List.of(LanguageChoice.AUTO), steps.scoredWith, "no second scoring");
        assertEquals(Set.of(Language.CHINESE), steps.filters.get(steps.filters.size() - 1).languages());
        assertEquals(List.of("z1", "z2"), ids(model));
        assertEquals("2 texts \u00b7 50% positive \u00b7 0% neutral \u00b7 50% negative \u00b7 mean score 0.08"
                + " \u00b7 20 Feb 2026 to 3 Mar 2026 \u00b7 filtered from 5", model.summaryTextProperty().get(),
                "(0.75 - 0.6) / 2 = 0.075");

        filters.languageProperty().set("");
        filters.channelProperty().set("email");
        assertEquals(List.of("e1", "e3"), ids(model));
        filters.fromProperty().set(LocalDate.of(2026, 3, 1));
        assertEquals(List.of("e3"), ids(model));
        filters.channelProperty().set("");
        filters.productProperty().set("Desk");
        assertEquals(List.of("z2"), ids(model), "Desk from 1 March");
        filters.toProperty().set(LocalDate.of(2026, 1, 31));
        assertEquals(List.of("e2"), ids(model), "days in the wrong order are swapped: 31 Jan to 1 Mar");

        // a summary setting re-summarises the scored texts; the language setting scores again, keeping the filters
        model.form().periodProperty().set(PeriodOption.WEEK);
        assertEquals(FeedbackPeriod.WEEK, steps.settings.get(steps.settings.size() - 1).period());
        assertEquals(1, model.scorings());
        model.form().languageProperty().set(LanguageOption.ENGLISH);
        assertEquals(List.of(LanguageChoice.AUTO, LanguageChoice.ENGLISH), steps.scoredWith);
        assertEquals(2, model.scorings());
        assertEquals(List.of("e2"), ids(model), "the filters still apply to the texts scored again");

        filters.clear();
        assertEquals(5, ids(model).size());
        assertEquals(2, model.scorings());
    }

    @Test
    void theSettingsFormRefusesValuesOutsideTheirRanges() {
        FeedbackViewModel model = model();
        int summaries = steps.filters.size();
        model.form().topicsProperty().set(1);
        String one = model.noticeProperty().get().text(english);
        assertTrue(one.startsWith("A setting is not acceptable: ") && one.contains("topics"), one);
        assertTrue(model.noticeProperty().get().error());
        model.form().topicsProperty().set(21);
        assertEquals("A setting is not acceptable: topics: topics must be from 0 to 20 (got 21).",
                model.noticeProperty().get().text(english));
        model.form().topicsProperty().set(4);
        model.form().keywordsProperty().set(4);
        assertTrue(model.noticeProperty().get().text(english).contains("keywords"));
        model.form().keywordsProperty().set(51);
        model.form().keywordsProperty().set(50);
        model.form().atRiskDaysProperty().set(29);
        assertTrue(model.noticeProperty().get().text(english).contains("at-risk-days"));
        model.form().atRiskDaysProperty().set(30);
        model.form().topSpendersProperty().set(51);
        assertTrue(model.noticeProperty().get().text(english).contains("top-spenders"));
        assertEquals(summaries + 3, steps.filters.size(), "only the acceptable settings (4 topics, 50 keywords,"
                + " 30 days) were summarised");
        model.form().topSpendersProperty().set(50);
        assertNull(model.noticeProperty().get());
        assertEquals(50, steps.settings.get(steps.settings.size() - 1).topSpenders());
        assertEquals(4, steps.settings.get(steps.settings.size() - 1).topics());
    }

    @Test
    void aChosenTextIsDescribedWithItsAspects() {
        FeedbackViewModel model = model();
        model.focus().chosenProperty().set(model.focus().texts().get(1));
        assertEquals("Feedback e2 \u00b7 customer C2 \u00b7 2026-02-10 10:30 \u00b7 channel Phone \u00b7 product Desk \u00b7 English"
                + " \u00b7 score -0.70 (negative)\nAspects: Service -0.70 (\u201cservice\u201d), Price -0.40"
                + " (\u201cprice\u201d)", model.detailTextProperty().get());
        model.focus().chosenProperty().set(model.focus().texts().get(4));
        assertTrue(model.detailTextProperty().get().endsWith("score 0.00 (neutral)\nIt names none of the aspects."),
                model.detailTextProperty().get());
        model.filters().languageProperty().set("zh");
        assertNull(model.focus().chosenProperty().get(), "e3 is filtered out");
        assertEquals("", model.detailTextProperty().get());
    }

    @Test
    void theShownResultIsSavedAsARun() {
        FeedbackViewModel model = model();
        model.filters().languageProperty().set("en");
        assertTrue(model.canSaveProperty().get());
        model.save();
        assertEquals(7, model.savedRunProperty().get());
        assertEquals("Feedback run saved as run 7: the Reports workspace lists it.",
                model.noticeProperty().get().text(english));
        assertEquals(1, steps.saved.size());
        assertEquals("memory", steps.saved.get(0).dataSource());
        assertEquals(3, steps.saved.get(0).timeline().size());
    }

    @Test
    void aFailedScoringIsSaidInWords() {
        steps.scoringFails = new IllegalStateException("the model is missing");
        FeedbackViewModel model = model();
        assertNull(model.resultProperty().get());
        assertTrue(model.noticeProperty().get().text(english).startsWith("Could not analyse the feedback: "),
                model.noticeProperty().get().text(english));
        assertTrue(model.noticeProperty().get().text(english).contains("the model is missing"));
    }

    @Test
    void driverWordsBecomeMarkedRunsThatJoinToTheWholeText() {
        ScoredFeedback e1 = HandBuiltFeedback.scored(HandBuiltFeedback.E1);
        assertEquals(List.of(new HighlightedText.Piece("The delivery was ", 0), new HighlightedText.Piece("fast", 1),
                new HighlightedText.Piece(" and the quality is ", 0), new HighlightedText.Piece("great", 1),
                new HighlightedText.Piece(".", 0)),
                HighlightedText.pieces(e1.text().text(), e1.analysis().sentiment().drivers()),
                "drivers come strongest first; the runs follow the text");
        ScoredFeedback z2 = HandBuiltFeedback.scored(HandBuiltFeedback.Z2);
        assertEquals(List.of(new HighlightedText.Piece("客服态度", 0), new HighlightedText.Piece("差", -1),
                new HighlightedText.Piece("，", 0), new HighlightedText.Piece("不推荐", -1),
                new HighlightedText.Piece("。", 0)),
                HighlightedText.pieces(z2.text().text(), z2.analysis().sentiment().drivers()));
        // a driver pushing less than a quarter as hard as the strongest is left plain (0.2 < 0.25 x 0.9)
        ScoredFeedback e2 = HandBuiltFeedback.scored(HandBuiltFeedback.E2);
        assertEquals(List.of(new HighlightedText.Piece("Terrible", -1),
                new HighlightedText.Piece(" service, the price is too high.", 0)),
                HighlightedText.pieces(e2.text().text(), e2.analysis().sentiment().drivers()));
        // a span past the end and one overlapping an earlier driver are left out
        assertEquals(List.of(new HighlightedText.Piece("ab", 1), new HighlightedText.Piece("cd", 0)),
                HighlightedText.pieces("abcd", List.of(new org.crmworkbench.analysis.text.SentimentDriver("ab", 0, 2,
                        1), new org.crmworkbench.analysis.text.SentimentDriver("b", 1, 2, -1),
                        new org.crmworkbench.analysis.text.SentimentDriver("x", 3, 9, -1))));
    }
}
