package org.crmworkbench.present.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.present.PersonalDataPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code reps} verb's files for the hand-made three-rep result, cell by cell and key by key. */
class RepsFilesTest {
    @TempDir
    Path dir;

    @Test
    void scorecardsHaveOneRowPerRepAndPeriodWithTheRepsFairComparison() throws Exception {
        new RepsFiles().write(dir, RepsFixture.small(), RepsFixture.smallOrders(), PersonalDataPolicy.withNames());
        // a missing figure (no repeat customers to speak of, a churn window past the data, no quota) is an empty
        // cell; R004 has a scorecard but no place in the model, so no effect or ranks
        assertEquals(List.of(
                "rep_id,name,region,period,orders,customers,new_customers,revenue,average_order_value,repeat_rate,"
                        + "lost_share,quota,attainment,adjusted_effect,lower95,upper95,rank_raw,rank_adjusted",
                "R001,Ada Lee,North America,2026-Q1,4,3,1,1200.5,300.125,0.5,0.25,1000,1.2005,-0.3125,-0.5,-0.125,1,3",
                "R001,Ada Lee,North America,2026-Q2,2,2,0,800,400,1,,,,-0.3125,-0.5,-0.125,1,3",
                "R002,Bo Chen,SE Asia,2026-Q1,3,1,1,150,50,,0,200,0.75,0.25,0.125,0.375,3,1",
                "R004,R004,,2026-Q2,1,1,1,10,10,,,,,,,,,"),
                Files.readAllLines(dir.resolve("scorecards.csv")));
        assertEquals(RepsFiles.SCORECARD_COLUMNS, List.of(Files.readAllLines(dir.resolve("scorecards.csv")).get(0)
                .split(",")));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith(".")), "no temporary file left");
        }
    }

    @Test
    void scorecardsShowRepsByInitialsUnlessNamesAreAskedFor() throws Exception {
        new RepsFiles().write(dir, RepsFixture.small(), RepsFixture.smallOrders(), PersonalDataPolicy.masked());
        List<String> lines = Files.readAllLines(dir.resolve("scorecards.csv"));
        assertTrue(lines.get(1).startsWith("R001,A. L.,North America,2026-Q1,"), lines.get(1));
        assertTrue(lines.get(3).startsWith("R002,B. C.,SE Asia,"), lines.get(3));
        // a rep with no name of its own keeps its id in the name column
        assertTrue(lines.get(4).startsWith("R004,R004,,"), lines.get(4));
        String text = Files.readString(dir.resolve("scorecards.csv"));
        assertFalse(text.contains("Ada") || text.contains("Lee") || text.contains("Chen"), text);
    }

    @Test
    void pseudonymizedScorecardsReplaceTheRepsIdsAndNames() throws Exception {
        PersonalDataPolicy people = PersonalDataPolicy.pseudonymized(new byte[16]);
        new RepsFiles().write(dir, RepsFixture.small(), RepsFixture.smallOrders(), people);
        List<String> lines = Files.readAllLines(dir.resolve("scorecards.csv"));
        assertTrue(lines.get(1).startsWith(people.pseudonym("R001") + "," + people.pseudonym("Ada Lee") + ","),
                lines.get(1));
        assertTrue(lines.get(4).startsWith(people.pseudonym("R004") + "," + people.pseudonym("R004") + ","),
                lines.get(4));
        assertFalse(Files.readString(dir.resolve("scorecards.csv")).contains("R001"));
    }

    @Test
    void theModelFileNamesEveryFixedEffectAndTheVarianceComponents() throws Exception {
        new RepsFiles().write(dir, RepsFixture.small(), RepsFixture.smallOrders(), PersonalDataPolicy.withNames());
        String text = Files.readString(dir.resolve("model.json"));
        JsonNode model = new ObjectMapper().readTree(text);
        // sigma_u 0.25, sigma 0.75: ICC 0.0625 / (0.0625 + 0.5625) = 0.1; an aliased column's estimate is null
        JsonNode expected = new ObjectMapper().readTree("""
                {"source": "fixture.csv", "outcome": "order-value", "adjust_for": ["region", "channel"],
                 "season": true, "period": "quarter", "churn_window_days": 180,
                 "fixed_effects": {
                   "(intercept)": {"estimate": 5.5, "std_error": 0.125},
                   "region=North America": {"estimate": 0.75, "std_error": 0.0625},
                   "region=Oceania": {"estimate": null, "std_error": null},
                   "channel=phone": {"estimate": -0.25, "std_error": 0.03125}},
                 "group_sd": 0.25, "residual_sd": 0.75, "intraclass_correlation": 0.1,
                 "reml_criterion": 123.456, "observations": 14, "reps": 3}
                """);
        assertEquals(expected, model);
        List<String> keys = new ArrayList<>();
        model.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("source", "outcome", "adjust_for", "season", "period", "churn_window_days",
                "fixed_effects", "group_sd", "residual_sd", "intraclass_correlation", "reml_criterion",
                "observations", "reps"), keys);
        List<String> effects = new ArrayList<>();
        model.get("fixed_effects").fieldNames().forEachRemaining(effects::add);
        assertEquals(RepsFixture.small().fixedEffectNames(), effects, "in the design's order");
        assertEquals(text, new RepsFiles().model(RepsFixture.small(), RepsFixture.smallOrders()) + "\n",
                "the same text every time");
    }
}
