package org.crmworkbench.present.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RepsRunRecord;
import org.junit.jupiter.api.Test;

/** The sales-team analysis in words, in English and Chinese. */
class RepsWordsTest {
    private static final RepsWords EN = new RepsWords(new Messages(Locale.ENGLISH));
    private static final RepsWords ZH = new RepsWords(new Messages(Locale.SIMPLIFIED_CHINESE));

    @Test
    void ranksReadAsOrdinals() {
        int[] ranks = {1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112};
        List<String> expected = List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd",
                "101st", "111th", "112th");
        for (int i = 0; i < ranks.length; i++) {
            assertEquals(expected.get(i), EN.ordinal(ranks[i]));
        }
        assertEquals("第 14 名", ZH.ordinal(14));
    }

    @Test
    void theRankShiftSentenceNamesTheRepTheRawFigureAndTheAdjustments() {
        assertEquals("R017 Ada Lee ranks 3rd on revenue but 14th once territory is accounted for",
                EN.shift("R017", "Ada Lee", 3, 14, "order-value", List.of("territory")));
        assertEquals("R017 Ada Lee 按营收排第 3 名，但考虑销售辖区后排第 14 名",
                ZH.shift("R017", "Ada Lee", 3, 14, "order-value", List.of("销售辖区")));
        RepsRunRecord run = RepsFixture.smallRun();
        assertEquals("R002 Bo Chen ranks 3rd on revenue but 1st once territory, channel and the season are "
                + "accounted for", EN.shift(run.shifts().get(0), run));
        assertEquals("R001 Ada Lee 按营收排第 1 名，但考虑销售辖区、渠道和季节后排第 3 名",
                ZH.shift(run.shifts().get(1), run));
        assertEquals("R009 ranks 2nd on customers kept but 9th in the fair comparison",
                EN.shift("R009", "R009", 2, 9, "retention", List.of()));
    }

    @Test
    void anEffectIsExplainedForItsOutcome() {
        // order value is on the log scale: e^0.10 - 1 = 10.5%, e^-0.10 - 1 = -9.5%
        assertEquals("+0.10: about 11% larger orders than a typical rep in the same circumstances",
                EN.effect("order-value", 0.10));
        assertEquals("-0.10: about 10% smaller orders than a typical rep in the same circumstances",
                EN.effect("order-value", -0.10));
        assertEquals("+0.30: about 0.30 more orders per customer than a typical rep in the same circumstances",
                EN.effect("orders", 0.30));
        assertEquals("+0.05: about 5 points more of their customers kept than a typical rep in the same "
                + "circumstances", EN.effect("retention", 0.05));
        assertEquals("-0.05：在相同条件下，留住的客户比一般销售代表少约 5 个百分点", ZH.effect("retention", -0.05));
        assertEquals("+0.10：在相同条件下，订单金额比一般销售代表高约 11%", ZH.effect("order-value", 0.10));
        assertEquals("no estimate", EN.effect("orders", Double.NaN));
    }

    @Test
    void theRunReadsAsASummaryAndItsSettings() {
        RepsRunRecord run = RepsFixture.smallRun();
        assertEquals("3 reps, 14 observations; outcome: order-value", EN.summary(run));
        assertEquals("3 名销售代表，14 个观测；结果指标：order-value", ZH.summary(run));
        assertEquals("Outcome order value (log scale), adjusted for territory, channel and the season; scorecards "
                + "by quarter; a customer is lost after 180 days without an order", EN.settings(run));
        assertEquals("结果指标：订单金额（对数尺度），已调整销售辖区、渠道和季节；记分卡按季度统计；客户连续 180 天没有订单即视为流失",
                ZH.settings(run));
        assertEquals("R003", EN.rep("R003", "R003"));
        assertEquals("R001 Ada Lee", EN.rep("R001", "Ada Lee"));
        assertEquals("sales region", EN.factor("sales region"), "an unknown factor as it is named");
    }
}
