package org.crmworkbench.analysis.assistant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.crmworkbench.analysis.text.LanguageChoice;
import org.crmworkbench.analysis.text.TextAnalyzer;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The matcher on planted knowledge bases whose answers are known. */
class IntentMatcherTrainerTest {
    private static IntentMatcherTrainer trainer;
    private static IntentModel shop;

    @BeforeAll
    static void fitShop() {
        trainer = new IntentMatcherTrainer(new TextAnalyzer(LanguageChoice.AUTO));
        shop = trainer.fit(shopExamples(), Progress.none());
    }

    static List<KnowledgeEntry> shopExamples() {
        List<KnowledgeEntry> rows = new ArrayList<>();
        add(rows, "delivery", "en", "where is my parcel", "when will my order arrive", "track my package",
                "how long does shipping take", "my delivery has not arrived yet");
        add(rows, "refund", "en", "i want my money back", "how do i get a refund", "can i return this for a refund",
                "refund my purchase please", "when will the refund reach my account");
        add(rows, "payment", "en", "can i pay by credit card", "do you accept paypal", "which payment methods do you take",
                "is cash on delivery possible", "can i pay in instalments");
        add(rows, "opening_hours", "en", "what time do you open", "when does the store close",
                "are you open on sunday", "opening hours of the shop", "is the shop open on public holidays");
        add(rows, "配送", "zh", "快递什么时候到", "我的包裹在哪里", "发货要几天", "怎么查物流", "订单还没送到");
        add(rows, "退货", "zh", "我想退货", "怎么申请退款", "退款多久到账", "商品不满意可以退吗", "退货运费谁出");
        add(rows, "支付", "zh", "可以用支付宝付款吗", "支持微信支付吗", "能刷信用卡吗", "可以分期付款吗", "货到付款可以吗");
        return rows;
    }

    private static void add(List<KnowledgeEntry> rows, String intent, String language, String... questions) {
        for (String question : questions) {
            rows.add(new KnowledgeEntry(question, intent, null, language));
        }
    }

    private static String top(IntentModel model, String question) {
        double[] scores = model.scores(question);
        int best = 0;
        for (int k = 1; k < scores.length; k++) {
            if (scores[k] > scores[best]) {
                best = k;
            }
        }
        return model.intents().get(best);
    }

    private static double[] probabilities(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] p = new double[scores.length];
        double sum = 0;
        for (int k = 0; k < scores.length; k++) {
            p[k] = Math.exp(scores[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    @Test
    void intentsInTheOrderTheyFirstAppearAndOneScoreEach() {
        assertEquals(List.of("delivery", "refund", "payment", "opening_hours", "配送", "退货", "支付"), shop.intents());
        assertEquals(7, shop.scores("where is my parcel").length);
    }

    @Test
    void distinctiveWordsRankTheirIntentFirst() {
        assertEquals("delivery", top(shop, "track the parcel"));
        assertEquals("refund", top(shop, "refund"));
        assertEquals("payment", top(shop, "paypal"));
        assertEquals("opening_hours", top(shop, "opening hours on sunday"));
    }

    @Test
    void anExampleItselfIsMatchedWithHighConfidence() {
        double[] p = probabilities(shop.scores("do you accept paypal"));
        int payment = shop.intents().indexOf("payment");
        for (int k = 0; k < p.length; k++) {
            if (k != payment) {
                assertTrue(p[payment] > p[k] + 0.3, "payment well ahead of " + shop.intents().get(k));
            }
        }
    }

    @Test
    void unseenParaphrasesFindTheirIntent() {
        assertEquals("delivery", top(shop, "when does my package arrive?"));
        assertEquals("refund", top(shop, "I'd like to get my money refunded"));
        assertEquals("payment", top(shop, "Can I pay with a credit card?"));
        assertEquals("opening_hours", top(shop, "Is the store open on Sundays?"));
    }

    @Test
    void chineseQuestionsAreSegmentedAndMatched() {
        QuestionTerms terms = new QuestionTerms(new TextAnalyzer(LanguageChoice.AUTO),
                new org.crmworkbench.analysis.text.EnglishTokenizer(),
                new org.crmworkbench.analysis.text.ChineseSegmenter());
        QuestionTerms.Terms parcel = terms.of("我的包裹在哪里", null);
        assertEquals(org.crmworkbench.analysis.text.Language.CHINESE, parcel.language());
        assertTrue(parcel.words().contains("包裹"), parcel.words().toString());
        assertTrue(parcel.words().contains("我"), "stop words are kept: " + parcel.words());
        assertTrue(parcel.features().contains("c:包裹在"), "character trigrams across words");
        assertEquals("配送", top(shop, "包裹什么时候能到"));
        assertEquals("退货", top(shop, "我要退款"));
        assertEquals("支付", top(shop, "能用微信付款吗"));
    }

    @Test
    void englishTermsKeepStopWordsAndUseCharacterGramsWithinWords() {
        QuestionTerms terms = new QuestionTerms(new TextAnalyzer(LanguageChoice.AUTO),
                new org.crmworkbench.analysis.text.EnglishTokenizer(),
                new org.crmworkbench.analysis.text.ChineseSegmenter());
        QuestionTerms.Terms where = terms.of("Where is it", "en");
        assertEquals(List.of("where", "is", "it"), where.words());
        assertTrue(where.features().containsAll(List.of("w:where", "b:where is", "b:is it", "c: w", "c:wher",
                "c:ere ", "c: is ")), where.features().toString());
        assertTrue(where.features().stream().noneMatch(f -> f.equals("c:e i") || f.equals("c:s i")),
                "no gram crosses a word boundary");
    }

    @Test
    void theSameExamplesGiveTheSameScores() {
        IntentModel again = trainer.fit(shopExamples(), Progress.none());
        for (String question : List.of("where is my parcel", "我想退货", "can i pay later", "")) {
            assertArrayEquals(shop.scores(question), again.scores(question), 0.0, question);
        }
    }

    @Test
    void aQuestionWithNoKnownWordGetsEqualScores() {
        for (String question : List.of("", "   ", "?!", "qqq")) {
            double[] scores = shop.scores(question);
            for (double s : scores) {
                assertEquals(scores[0], s, 1e-12, question);
            }
        }
    }

    @Test
    void cancellingStopsTheFit() {
        AtomicInteger polls = new AtomicInteger();
        Progress cancelled = new Progress() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public void stage(String messageKey, Object... args) {
            }

            @Override
            public boolean isCancelled() {
                polls.incrementAndGet();
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> trainer.fit(shopExamples(), cancelled));
        assertTrue(polls.get() > 0);
    }

    @Test
    void fewerThanTwoIntentsIsUnsuitable() {
        List<KnowledgeEntry> one = List.of(new KnowledgeEntry("where is my parcel", "delivery", null, "en"),
                new KnowledgeEntry("track my package", "delivery", null, "en"));
        UnsuitableDataException e = assertThrows(UnsuitableDataException.class,
                () -> trainer.fit(one, Progress.none()));
        assertEquals("assistant.error.fewIntents", e.messageKey());
    }

    @Test
    void outOfScopeExamplesAreOneMoreIntent() {
        List<KnowledgeEntry> rows = new ArrayList<>(shopExamples());
        add(rows, "oos", "en", "what is the weather tomorrow", "tell me a joke", "who won the football game",
                "what is the capital of france", "play some music");
        IntentModel model = trainer.fit(rows, Progress.none());
        assertEquals("oos", model.intents().get(model.intents().size() - 1));
        assertEquals("oos", top(model, "tell me the weather"));
        assertEquals("delivery", top(model, "where is my parcel"));
    }
}
