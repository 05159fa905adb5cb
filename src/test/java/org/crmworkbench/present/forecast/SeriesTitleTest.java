package org.crmworkbench.present.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.crmworkbench.i18n.Messages;
import org.junit.jupiter.api.Test;

class SeriesTitleTest {
    private final SeriesTitle english = new SeriesTitle(Messages.english());

    @Test
    void wordsTheReadersKeys() {
        assertEquals("Revenue by month", english.of("revenue/month"));
        assertEquals("Orders by week, region North", english.of("orders/week/region=North"));
        assertEquals("Revenue by month, sales rep R007 (partly covered periods left out: 2023-10-01, 2026-09-01)",
                english.of("revenue/month/rep=R007/dropped=2023-10-01,2026-09-01"));
        assertEquals("按月销售额，品类 Books", new SeriesTitle(new Messages(Locale.CHINESE))
                .of("revenue/month/category=Books"));
    }

    @Test
    void leavesOtherNamesAsTheyAre() {
        assertEquals("units_sold", english.of("units_sold"));
        assertEquals("a/b", english.of("a/b"));
        assertEquals("revenue/month/oops", english.of("revenue/month/oops"));
    }
}
