package org.crmworkbench.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.crmworkbench.i18n.Messages;
import org.junit.jupiter.api.Test;

class FeatureLabelsTest {
    private final FeatureLabels english = new FeatureLabels(Messages.english());
    private final FeatureLabels chinese = new FeatureLabels(new Messages(Locale.SIMPLIFIED_CHINESE));

    @Test
    void knownFeaturesGetReadableNames() {
        assertEquals("Days since last order", english.label("recency_days"));
        assertEquals("Average order value", english.label("avg_basket"));
        assertEquals("距上次下单天数", chinese.label("recency_days"));
        for (String key : new String[] {"frequency", "monetary", "tenure_days", "avg_rating", "ratings_count", "age"}) {
            assertEquals(false, english.label(key).equals(key), key);
            assertEquals(false, chinese.label(key).equals(key), key);
        }
    }

    @Test
    void categorySharesNameTheCategory() {
        assertEquals("Home & Kitchen share of spend", english.label("share_home-kitchen"));
        assertEquals("Home & Kitchen share of spend", english.label("share_home_kitchen"));
        assertEquals("电子产品消费占比", chinese.label("share_electronics"));
        assertEquals("Pets share of spend", english.label("share_Pets"));
    }

    @Test
    void unknownColumnsKeepTheirName() {
        assertEquals("loyalty_points_csv", english.label("loyalty_points_csv"));
        assertEquals("Umsatz 2024", chinese.label("Umsatz 2024"));
    }
}
