package org.crmworkbench.present.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.BasketRunRecord;
import org.junit.jupiter.api.Test;

/** Rules, the cross-sell sentence and a run's summary in English and Chinese. */
class BasketWordsTest {
    private static final BasketWords EN = new BasketWords(new Messages(Locale.ENGLISH));
    private static final BasketWords ZH = new BasketWords(new Messages(Locale.SIMPLIFIED_CHINESE));

    @Test
    void aRuleIsWrittenWithItsItemsInAlphabeticalOrder() {
        assertEquals("{Bread, Butter} => {Milk}", EN.rule(List.of("Butter", "Bread"), List.of("Milk")));
        assertEquals("{} => {Milk}", EN.rule(List.of(), List.of("Milk")));
        assertEquals("{面包、黄油} => {牛奶}", ZH.rule(List.of("面包", "黄油"), List.of("牛奶")));
    }

    @Test
    void theCrossSellSentenceReadsAsTheIssueAsks() {
        assertEquals("Customers who bought Bread and Butter also bought Milk: confidence 0.63, lift 2.4",
                EN.sentence(List.of("Butter", "Bread"), List.of("Milk"), 0.63, 2.4));
        assertEquals("Customers who bought Bread, Butter and Jam also bought Milk: confidence 0.50, lift 2.43",
                EN.sentence(List.of("Jam", "Butter", "Bread"), List.of("Milk"), 0.5, 2.4321));
        assertEquals("Customers who bought Beer also bought Crisps: confidence 0.40, lift 1.0",
                EN.sentence(List.of("Beer"), List.of("Crisps"), 0.4, 1.0));
        assertEquals("购买了面包和黄油的顾客也购买了牛奶：置信度 0.63，提升度 2.4",
                ZH.sentence(List.of("面包", "黄油"), List.of("牛奶"), 0.63, 2.4));
        assertEquals("Milk is in 80% of baskets: lift 1.0", EN.sentence(List.of(), List.of("Milk"), 0.8, 1.0));
        // the key and argument order the Recommend workspace's explanation uses
        assertEquals("Customers who bought Bread and Butter also bought Milk: confidence 0.63, lift 2.4",
                EN.messages().get(BasketWords.SENTENCE, "Bread and Butter", "Milk", 0.63, 2.4));
    }

    @Test
    void aStoredRuleIsWorded() {
        BasketRunRecord run = BasketFixture.small();
        BasketRunRecord.Rule rule = run.rules().stream()
                .filter(r -> r.antecedent().equals(List.of("bread", "butter")) && r.consequent().equals(List.of("milk")))
                .findFirst().orElseThrow();
        assertEquals("{Bread, Butter} => {Milk}", EN.rule(rule, BasketWords.labels(run)));
        // 2 of the 3 baskets with bread and butter have milk; milk is in 4 of 5: lift (2/3)/(4/5) = 0.83
        assertEquals("Customers who bought Bread and Butter also bought Milk: confidence 0.67, lift 0.83",
                EN.sentence(rule, BasketWords.labels(run)));
    }

    @Test
    void theSummaryAndSettingsReadTheSameFromSavedArguments() {
        BasketRunRecord run = new BasketRunRecord(0, null, "t", "s", "order", "fpgrowth", 0.0005, 0.5, 1, 10, 1,
                9835, 169, 13492, 5668, 0.1, List.of(), List.of());
        assertEquals("5,668 rules from 13,492 frequent itemsets of 9,835 transactions (169 items); min support "
                + "0.0005, min confidence 0.5", EN.summary(run));
        Object[] saved = {5668L, 13492L, 9835L, 169L, "0.0005", "0.5"};
        assertEquals(EN.summary(run), EN.messages().get(BasketWords.SUMMARY, saved));
        assertEquals("在 9,835 笔交易（169 种商品）中找到 13,492 个频繁项集、5,668 条规则；最小支持度 0.0005，最小置信度 0.5",
                ZH.summary(run));
        assertEquals("FP-growth, min support 0.0005, min confidence 0.5, lengths 1 to 10, at most 1 items in a "
                + "consequent", EN.settings(run));
    }
}
