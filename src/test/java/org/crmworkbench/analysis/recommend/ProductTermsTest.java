package org.crmworkbench.analysis.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProductTermsTest {

    @Test
    void splitsEnglishLowerCasedWithoutStopWordsOrSingleCharacters() {
        assertEquals(List.of("stainless", "steel", "pan", "4k", "non", "stick", "coating", "cook", "pan"),
                ProductTerms.words("A Stainless-Steel PAN, 4K  non_stick coating; a cook's pan (x 2)"));
        assertEquals(List.of(), ProductTerms.words(""));
        assertEquals(List.of(), ProductTerms.words("the and of a I"));
        assertEquals(List.of("café", "crème"), ProductTerms.words("Café: crème!"));
    }

    @Test
    void keepsTagsWholeAndPrefixed() {
        assertEquals(List.of("tag:home-kitchen", "tag:premium", "tag:gift idea", "tag:厨房"),
                ProductTerms.tags(" Home-Kitchen;premium , Gift   Idea;;厨房 "));
        assertEquals(List.of(), ProductTerms.tags(""));
        assertEquals(List.of(), ProductTerms.tags(" ; , "));
    }

    @Test
    void makesTheCategoryOneTerm() {
        assertEquals("cat:books", ProductTerms.category(" Books "));
        assertEquals("cat:home & kitchen", ProductTerms.category("Home  &  Kitchen"));
        assertEquals("", ProductTerms.category("  "));
    }

    @Test
    void turnsChineseRunsIntoCharacterBigrams() {
        assertEquals(List.of("真皮", "皮钱", "钱包", "黑", "wallet"), ProductTerms.words("真皮钱包，黑 wallet"));
        assertEquals(List.of("不锈", "锈钢", "pan", "锅"), ProductTerms.words("不锈钢pan锅"));
    }

    @Test
    void weighsCategoryAndTagsAboveWords() {
        List<String> all = ProductTerms.terms("Books", "premium;gift", "The history of tea");
        assertEquals(List.of("cat:books", "tag:premium", "tag:gift", "history", "tea"), all);
        assertEquals(ProductTerms.CATEGORY_WEIGHT, ProductTerms.weight("cat:books"));
        assertEquals(ProductTerms.TAG_WEIGHT, ProductTerms.weight("tag:premium"));
        assertEquals(1.0, ProductTerms.weight("history"));
        assertTrue(ProductTerms.CATEGORY_WEIGHT > 1 && ProductTerms.TAG_WEIGHT > 1);
    }
}
