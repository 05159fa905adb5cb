package org.crmworkbench.cli;

import static org.crmworkbench.present.ParsedOutput.csv;
import static org.crmworkbench.present.ParsedOutput.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.FeedbackRunStore;
import org.crmworkbench.data.sample.PlantedTruth;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.model.FeedbackRunRecord;
import org.crmworkbench.present.feedback.FeedbackFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workbench sentiment} on the sample database (every text scored, the planted sentiment recovered, the run
 * saved), on a text file, and with bad options and bad data.
 */
class SentimentCommandTest {
    @TempDir
    Path dir;
    CommandRun cli;

    @BeforeEach
    void run() {
        cli = new CommandRun(dir);
    }

    @Test
    void theSampleDatabaseGivesEveryTextAScoreThatFollowsThePlantedSentimentAndTheRunIsSaved() throws Exception {
        Path db = cli.sampleDatabase(400);
        Path out = dir.resolve("out");
        assertEquals(0, cli.run("--db", db.toString(), "sentiment", "--save", "--out", out.toString()), cli.stderr);
        int stored;
        try (Database database = Database.openFile(db); Connection c = database.connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM feedback")) {
            rs.next();
            stored = rs.getInt(1);
        }
        assertTrue(cli.stdout.contains("Read " + String.format("%,d", stored) + " texts"), cli.stdout);
        List<List<String>> rows = csv(out.resolve("sentiment.csv"));
        assertEquals(FeedbackFiles.SENTIMENT_COLUMNS, rows.get(0));
        assertEquals(stored + 1, rows.size());
        for (String file : List.of("keywords.csv", "topics.csv", "aspects.csv", "changes.csv", "timeline.png",
                "timeline.svg")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        Map<String, Object> summary = json(Files.readString(out.resolve("summary.json")));
        assertEquals(stored, ((Number) summary.get("texts")).intValue());

        PlantedTruth truth = new SampleDataGenerator(SampleDataSpec.defaults(400, 3)).truth();
        Map<String, String> planted = new HashMap<>();
        for (int i = 0; i < truth.feedbackCount(); i++) {
            planted.put(truth.feedbackId(i), truth.sentiment(i).code());
        }
        int id = rows.get(0).indexOf("id");
        int label = rows.get(0).indexOf("label");
        long agree = rows.stream().skip(1).filter(r -> planted.get(r.get(id)).equals(r.get(label))).count();
        double accuracy = (double) agree / stored;
        assertTrue(accuracy > 0.7, "agreement with the planted sentiment " + accuracy);

        try (Database database = Database.openFile(db)) {
            FeedbackRunRecord run = new FeedbackRunStore(database).latest().orElseThrow();
            assertEquals(stored, run.texts().size());
            assertEquals("auto", run.language());
            assertEquals("month", run.period());
        }
    }

    @Test
    void aTextFileIsReadByItsNamedColumns() throws Exception {
        Path file = dir.resolve("reviews.csv");
        Files.writeString(file, """
                id,comment,date
                a,"I love this kettle, it is excellent!",2025-01-05
                b,"Terrible quality, it broke after a day. I want a refund.",2025-01-20
                c,物流很快，质量很好，非常满意,2025-02-02
                d,质量很差，太失望了,2025-02-10
                """);
        Path out = dir.resolve("out");
        assertEquals(0, cli.run("sentiment", "--input", file.toString(), "--text-col", "comment", "--id-col", "id",
                "--date-col", "date", "--out", out.toString()), cli.stderr);
        List<List<String>> rows = csv(out.resolve("sentiment.csv"));
        Map<String, List<String>> byId = new HashMap<>();
        rows.stream().skip(1).forEach(r -> byId.put(r.get(0), r));
        int language = rows.get(0).indexOf("language");
        int label = rows.get(0).indexOf("label");
        assertEquals("en", byId.get("a").get(language));
        assertEquals("positive", byId.get("a").get(label));
        assertEquals("negative", byId.get("b").get(label));
        assertEquals("zh", byId.get("c").get(language));
        assertEquals("positive", byId.get("c").get(label));
        assertEquals("negative", byId.get("d").get(label));
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheParameter() throws Exception {
        Path out = dir.resolve("out");
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "text\nfine\n");
        cli.assertFails(2, "lang", "sentiment", "--input", file.toString(), "--text-col", "text", "--lang", "fr",
                "--out", out.toString());
        cli.assertFails(2, "text-col", "sentiment", "--input", file.toString(), "--out", out.toString());
        cli.assertFails(2, "topics", "sentiment", "--input", file.toString(), "--text-col", "text", "--topics", "1",
                "--out", out.toString());
        cli.assertFails(2, "period", "sentiment", "--input", file.toString(), "--text-col", "text", "--period",
                "day", "--out", out.toString());
        cli.assertFails(2, "id-col", "sentiment", "--id-col", "id", "--out", out.toString());
    }

    @Test
    void aMissingTextColumnAndAnEmptyDatabaseAreDataProblems() throws Exception {
        Path out = dir.resolve("out");
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "id,comment\n1,fine\n");
        cli.assertFails(3, "t.csv", "sentiment", "--input", file.toString(), "--text-col", "text", "--out",
                out.toString());
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "id,text\n1,\n");
        cli.assertFails(3, "empty.csv", "sentiment", "--input", empty.toString(), "--text-col", "text", "--out",
                out.toString());
        Path db = dir.resolve("db").resolve("crm");
        try (Database database = Database.openFile(db)) {
            assertTrue(database.description().contains("crm"));
        }
        cli.assertFails(3, "No feedback", "--db", db.toString(), "sentiment", "--out", out.toString());
    }
}
