package org.crmworkbench.analysis.assistant;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.crmworkbench.model.KnowledgeEntry;

/**
 * CLINC150 (Larson et al. 2019, CC BY 3.0; assets/public/clinc150) as knowledge-base rows, in the paper's "oos-train"
 * setting: each split's out-of-scope questions are added to it with the intent {@link #OOS}, one more class.
 *
 * @param train 15,000 in-scope rows (100 per intent) then 100 out-of-scope rows
 * @param val   3,000 in-scope rows then 100 out-of-scope rows: the only split to choose settings on
 * @param test  4,500 in-scope rows then 1,000 out-of-scope rows: reported, never tuned on
 */
public record Clinc150(List<KnowledgeEntry> train, List<KnowledgeEntry> val, List<KnowledgeEntry> test) {
    /** The out-of-scope label. */
    public static final String OOS = "oos";
    static final Path FILE = Path.of("assets", "public", "clinc150", "data_full.json.gz");

    public Clinc150 {
        train = List.copyOf(train);
        val = List.copyOf(val);
        test = List.copyOf(test);
    }

    /** Reads the committed file (run from the project directory, as Maven does). */
    public static Clinc150 read() throws IOException {
        return read(FILE);
    }

    public static Clinc150 read(Path gzippedJson) throws IOException {
        Map<String, List<KnowledgeEntry>> lists = new HashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzippedJson));
             JsonParser parser = new JsonFactory().createParser(in)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                expect(parser.nextToken(), JsonToken.START_ARRAY);
                List<KnowledgeEntry> rows = new ArrayList<>();
                while (parser.nextToken() == JsonToken.START_ARRAY) {
                    expect(parser.nextToken(), JsonToken.VALUE_STRING);
                    String question = parser.getText();
                    expect(parser.nextToken(), JsonToken.VALUE_STRING);
                    String intent = parser.getText();
                    expect(parser.nextToken(), JsonToken.END_ARRAY);
                    rows.add(new KnowledgeEntry(question, intent, null, "en"));
                }
                lists.put(name, rows);
            }
        }
        return new Clinc150(join(lists, "train"), join(lists, "val"), join(lists, "test"));
    }

    /** The in-scope rows of {@code rows}. */
    public static List<KnowledgeEntry> inScope(List<KnowledgeEntry> rows) {
        return rows.stream().filter(r -> !r.intent().equals(OOS)).toList();
    }

    private static List<KnowledgeEntry> join(Map<String, List<KnowledgeEntry>> lists, String split) {
        List<KnowledgeEntry> inScope = lists.get(split);
        List<KnowledgeEntry> outOfScope = lists.get("oos_" + split);
        if (inScope == null || outOfScope == null) {
            throw new IllegalStateException("CLINC150 file lacks " + split + " or oos_" + split);
        }
        List<KnowledgeEntry> rows = new ArrayList<>(inScope);
        rows.addAll(outOfScope);
        return rows;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("CLINC150 file: expected " + expected + ", found " + actual);
        }
    }
}
