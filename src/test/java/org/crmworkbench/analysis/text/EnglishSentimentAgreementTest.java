package org.crmworkbench.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Agreement with the reference vaderSentiment (Python, commit 44fc044, run by
 * {@code src/test/resources/reference/vader/vader_agreement.py}) on 976 texts: VADER's own README and demo examples,
 * about 200 sentences written to exercise each rule (negation, "no", "never so", "without doubt", "least", "kind of",
 * "but", capitals, boosters, phrases, punctuation, emoticons, emoji), and the 758 distinct English texts of the sample
 * data. All four numbers, rounded as Python rounds them (the compound to 4 decimals, the shares to 3), must be equal -
 * stricter than the 1e-4 the issue asks for the compound.
 */
class EnglishSentimentAgreementTest {
    private static EnglishSentiment vader;

    private record Row(String text, double neg, double neu, double pos, double compound) {
    }

    @BeforeAll
    static void load() {
        vader = EnglishSentiment.load();
    }

    private static List<Row> rows(String file) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = EnglishSentimentAgreementTest.class.getResourceAsStream("/reference/vader/" + file);
                CsvReader<CsvRecord> reader = CsvReader.builder()
                        .ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (CsvRecord r : reader) {
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(new Row(r.getField(0), Double.parseDouble(r.getField(1)), Double.parseDouble(r.getField(2)),
                        Double.parseDouble(r.getField(3)), Double.parseDouble(r.getField(4))));
            }
        }
        return rows;
    }

    @Test
    void compoundAndSharesMatchPythonVaderOnEveryRow() throws IOException {
        List<Row> rows = rows("vader_agreement.csv");
        assertEquals(976, rows.size());
        assertAgree(rows);
    }

    /** 5,000 random sequences of VADER's trigger words ({@code vader_random.py}, seed 16): the rules' interactions. */
    @Test
    void compoundAndSharesMatchPythonVaderOnRandomTriggerWordSequences() throws IOException {
        List<Row> rows = rows("vader_random.csv");
        assertEquals(5000, rows.size());
        assertAgree(rows);
    }

    private static void assertAgree(List<Row> rows) {
        List<String> differing = new ArrayList<>();
        for (Row row : rows) {
            VaderPolarity p = vader.polarity(row.text());
            if (p.compound() != row.compound() || p.negative() != row.neg() || p.neutral() != row.neu()
                    || p.positive() != row.pos()) {
                differing.add(String.format(Locale.ROOT, "%s: java %.4f %.3f %.3f %.3f, python %.4f %.3f %.3f %.3f",
                        row.text(), p.compound(), p.negative(), p.neutral(), p.positive(), row.compound(), row.neg(),
                        row.neu(), row.pos()));
            }
            assertEquals(p.compound(), vader.score(row.text()).score(), 0.0, row.text());
        }
        assertTrue(differing.isEmpty(), differing.size() + " differ:\n" + String.join("\n", differing));
    }
}
