package org.crmworkbench.present.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crmworkbench.analysis.basket.AssociationRule;
import org.crmworkbench.analysis.basket.BasketAnalysis;
import org.crmworkbench.analysis.basket.BasketResult;
import org.crmworkbench.analysis.basket.BasketSettings;
import org.crmworkbench.analysis.basket.RuleOrder;
import org.crmworkbench.analysis.basket.Transactions;
import org.crmworkbench.model.BasketRows;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules verb's files for the five hand-counted baskets, exactly. */
class BasketFilesTest {
    static BasketRows rows() {
        List<List<String>> baskets = BasketFixture.smallBaskets();
        return new BasketRows("five.csv", "file", List.of("t1", "t2", "t3", "t4", "t5"),
                List.of("", "", "", "", ""), baskets,
                Map.of("bread", "Bread", "butter", "Butter", "milk", "Milk", "eggs", "Eggs"));
    }

    static BasketResult mine(BasketRows rows, BasketSettings settings) {
        Transactions t = Transactions.of(rows.ids(), rows.customers(), rows.items());
        return new BasketAnalysis().run(t, settings, Progress.none());
    }

    @Test
    void theFilesOfFiveBasketsAreExact(@TempDir Path dir) throws Exception {
        BasketRows rows = rows();
        // lengths 2 to 3, so no rule has an empty antecedent; min support 0.4 = 2 baskets, min confidence 0.6
        BasketResult result = mine(rows, BasketSettings.of(0.4, 0.6).withLengths(2, 3));
        List<AssociationRule> rules = RuleOrder.LIFT.sort(result.rules());
        new BasketFiles().write(dir, result, rows, rules);
        // hand counts: bread, butter, milk in 4 baskets each, eggs in 2; bread+butter 3, bread+milk 3,
        // butter+milk 3, butter+eggs 2, milk+eggs 2, bread+butter+milk 2, butter+milk+eggs 2
        assertEquals("""
                antecedent,consequent,length,support,confidence,lift,leverage,conviction,count
                "{Butter,Milk}",{Eggs},3,0.4,0.666666666666667,1.66666666666667,0.16,1.8,2
                "{Butter,Eggs}",{Milk},3,0.4,1,1.25,0.08,Inf,2
                "{Eggs,Milk}",{Butter},3,0.4,1,1.25,0.08,Inf,2
                {Eggs},{Butter},2,0.4,1,1.25,0.08,Inf,2
                {Eggs},{Milk},2,0.4,1,1.25,0.08,Inf,2
                {Bread},{Butter},2,0.6,0.75,0.9375,-0.0400000000000001,0.8,3
                {Bread},{Milk},2,0.6,0.75,0.9375,-0.0400000000000001,0.8,3
                {Butter},{Bread},2,0.6,0.75,0.9375,-0.0400000000000001,0.8,3
                {Butter},{Milk},2,0.6,0.75,0.9375,-0.0400000000000001,0.8,3
                {Milk},{Bread},2,0.6,0.75,0.9375,-0.0400000000000001,0.8,3
                {Milk},{Butter},2,0.6,0.75,0.9375,-0.0400000000000001,0.8,3
                "{Bread,Butter}",{Milk},3,0.4,0.666666666666667,0.833333333333333,-0.08,0.6,2
                "{Bread,Milk}",{Butter},3,0.4,0.666666666666667,0.833333333333333,-0.08,0.6,2
                "{Butter,Milk}",{Bread},3,0.4,0.666666666666667,0.833333333333333,-0.08,0.6,2
                """, Files.readString(dir.resolve("rules.csv")));
        // closed: no superset with the same count ({Eggs} and {Butter,Eggs} go with milk every time);
        // maximal: no frequent superset
        assertEquals("""
                items,size,support,count,closed,maximal
                {Bread},1,0.8,4,true,false
                {Butter},1,0.8,4,true,false
                {Milk},1,0.8,4,true,false
                {Eggs},1,0.4,2,false,false
                "{Bread,Butter}",2,0.6,3,true,false
                "{Bread,Milk}",2,0.6,3,true,false
                "{Butter,Milk}",2,0.6,3,true,false
                "{Butter,Eggs}",2,0.4,2,false,false
                "{Eggs,Milk}",2,0.4,2,false,false
                "{Bread,Butter,Milk}",3,0.4,2,true,true
                "{Butter,Eggs,Milk}",3,0.4,2,true,true
                """, Files.readString(dir.resolve("itemsets.csv")));
        String metrics = Files.readString(dir.resolve("metrics.json"));
        assertTrue(metrics.matches("(?s).*\"seconds\" : [0-9.]+,.*"), metrics);
        assertEquals("""
                {
                  "source" : "five.csv",
                  "basis" : "file",
                  "transactions" : 5,
                  "items" : 4,
                  "min_count" : 2,
                  "frequent_itemsets" : 11,
                  "itemsets_by_size" : {
                    "1" : 4,
                    "2" : 5,
                    "3" : 2
                  },
                  "closed_itemsets" : 8,
                  "maximal_itemsets" : 2,
                  "rules" : 14,
                  "rules_written" : 14,
                  "rules_by_length" : {
                    "2" : 8,
                    "3" : 6
                  },
                  "seconds" : S,
                  "settings" : {
                    "algorithm" : "fpgrowth",
                    "min_support" : 0.4,
                    "min_confidence" : 0.6,
                    "min_length" : 2,
                    "max_length" : 3,
                    "max_consequent" : 1
                  }
                }
                """, metrics.replaceAll("\"seconds\" : [0-9.E-]+", "\"seconds\" : S"));
    }

    @Test
    void numbersAreWrittenTheSameEverywhere() {
        assertEquals("0.0001", BasketFiles.number(1e-4));
        assertEquals("0.000123456789012346", BasketFiles.number(1.2345678901234567E-4));
        assertEquals("0.08", BasketFiles.number(0.07999999999999996));
        assertEquals("0.666666666666667", BasketFiles.number(2.0 / 3));
        assertEquals("3", BasketFiles.number(3.0));
        assertEquals("-0.04", BasketFiles.number(-0.04));
        assertEquals("Inf", BasketFiles.number(Double.POSITIVE_INFINITY));
        assertEquals("", BasketFiles.number(Double.NaN));
        assertEquals("0", BasketFiles.number(-1e-30 * 1e-300));
    }
}
