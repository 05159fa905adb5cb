package org.crmworkbench.cli;

import static org.crmworkbench.present.ParsedOutput.csv;
import static org.crmworkbench.present.ParsedOutput.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.assistant.KnowledgeBaseStore;
import org.crmworkbench.data.runs.AssistantRunStore;
import org.crmworkbench.model.AssistantRunRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workbench assistant}: answers from a knowledge-base file and from the one stored in the database, hands an
 * unrelated question over, evaluates a test file into metrics.json / predictions.csv / charts that agree with what it
 * prints and what it saves, and refuses bad options and bad files with exit 2 and 3.
 */
class AssistantCommandTest {
    @TempDir
    Path dir;
    CommandRun cli;
    Path kb;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CommandRun(dir);
        kb = dir.resolve("kb.csv");
        StringBuilder sb = new StringBuilder("question,intent,answer,language\n");
        String[][] intents = {
                {"delivery", "It arrives in 2-3 working days.", "when will my parcel arrive", "how long is delivery",
                        "how many days does shipping take", "when does my order get here", "delivery time please",
                        "how fast do you deliver"},
                {"returns", "You can return it within 30 days.", "can I return this item", "how do I send it back",
                        "what is your return policy", "I want to return my shoes", "return an order",
                        "how many days do I have to return"},
                {"payment", "We take cards, PayPal and bank transfer.", "which payment methods do you accept",
                        "can I pay with paypal", "do you take credit cards", "how can I pay",
                        "is bank transfer possible", "pay by card"}};
        for (String[] intent : intents) {
            for (int i = 2; i < intent.length; i++) {
                sb.append(intent[i]).append(',').append(intent[0]).append(",\"").append(intent[1]).append("\",en\n");
            }
        }
        sb.append("我的快递什么时候到,delivery,一般两到三个工作日送达。,zh\n")
                .append("发货要几天,delivery,一般两到三个工作日送达。,zh\n")
                .append("我想退货,returns,30天内可以退货。,zh\n")
                .append("怎么退货,returns,30天内可以退货。,zh\n")
                .append("可以用支付宝付款吗,payment,我们支持银行卡和支付宝。,zh\n")
                .append("支持哪些付款方式,payment,我们支持银行卡和支付宝。,zh\n")
                .append("what is the capital of france,out_of_scope,,en\n")
                .append("tell me a joke,out_of_scope,,en\n")
                .append("who won the football match,out_of_scope,,en\n")
                .append("今天天气怎么样,out_of_scope,,zh\n");
        Files.writeString(kb, sb.toString());
    }

    @Test
    void aQuestionIsAnsweredWithItsIntentConfidenceAndRunnersUp() {
        assertEquals(0, cli.run("assistant", "--kb", kb.toString(), "--ask", "how long does delivery take",
                "--ask", "我要退货"), cli.stderr);
        assertTrue(cli.stdout.contains("Learnt 28 examples of 3 intents from kb.csv"), cli.stdout);
        assertTrue(cli.stdout.contains("A: It arrives in 2-3 working days."), cli.stdout);
        assertTrue(cli.stdout.contains("intent delivery, confidence"), cli.stdout);
        assertTrue(cli.stdout.contains("runners-up:"), cli.stdout);
        assertTrue(cli.stdout.contains("A: 30天内可以退货。"), "a Chinese question gets the Chinese answer\n"
                + cli.stdout);
    }

    @Test
    void anEvaluationWritesFilesThatAgreeWithWhatItPrintsAndSaves() throws Exception {
        Path test = dir.resolve("test.csv");
        Files.writeString(test, """
                question,intent
                when is my package coming,delivery
                I would like to send these back,returns
                can I pay using a credit card,payment
                快递几天能到,delivery
                what time is it in tokyo,out_of_scope
                """);
        Path out = dir.resolve("out");
        Path db = dir.resolve("db").resolve("crm");
        assertEquals(0, cli.run("--db", db.toString(), "assistant", "--kb", kb.toString(), "--evaluate",
                test.toString(), "--save", "--out", out.toString()), cli.stderr);
        assertTrue(cli.stdout.contains("Tested on 5 questions from test.csv"), cli.stdout);
        Map<String, Object> metrics = json(Files.readString(out.resolve("metrics.json")));
        List<List<String>> predictions = csv(out.resolve("predictions.csv"));
        assertEquals(6, predictions.size());
        long correct = predictions.stream().skip(1).filter(r -> r.get(r.size() - 1).equals("correct")).count();
        long oosHanded = predictions.stream().skip(1).filter(r -> r.get(r.size() - 1).equals("oos-handed-over"))
                .count();
        assertEquals((correct + oosHanded) / 5.0, ((Number) metrics.get("accuracy")).doubleValue(), 1e-9);
        assertEquals(correct / 4.0, ((Number) metrics.get("in_scope_accuracy")).doubleValue(), 1e-9);
        assertTrue(Files.isRegularFile(out.resolve("tradeoff.png")));
        assertTrue(Files.isRegularFile(out.resolve("intents.csv")));
        try (Database database = Database.openFile(db)) {
            AssistantRunRecord run = new AssistantRunStore(database).latest().orElseThrow();
            assertEquals("test.csv", run.testSource());
            assertEquals(((Number) metrics.get("accuracy")).doubleValue(), run.metrics().accuracy(), 1e-9);
            assertEquals(5, run.predictions().size());
        }
    }

    @Test
    void theStoredKnowledgeBaseIsUsedWithoutKbAndCrossValidatedWithoutATestFile() throws Exception {
        Path db = dir.resolve("db").resolve("crm");
        assertEquals(0, cli.run("--db", db.toString(), "import", "--table", "knowledge_base",
                kb.toString()), cli.stderr);
        try (Database database = Database.openFile(db)) {
            assertEquals(28, new KnowledgeBaseStore(database).count());
        }
        assertEquals(0, cli.run("--db", db.toString(), "assistant", "--ask", "tell me a joke please"), cli.stderr);
        assertTrue(cli.stdout.contains("pass this to a colleague"), cli.stdout);
        assertEquals(0, cli.run("--db", db.toString(), "assistant"), cli.stderr);
        assertTrue(cli.stdout.contains("Cross-validated on the knowledge base: 28 held-out examples"), cli.stdout);
    }

    @Test
    void badOptionsAreUsageErrorsAndBadFilesDataProblems() throws Exception {
        cli.assertFails(2, "threshold", "assistant", "--kb", kb.toString(), "--threshold", "1.5");
        cli.assertFails(2, "ask", "assistant", "--kb", kb.toString(), "--ask", "hi", "--evaluate", kb.toString());
        cli.assertFails(2, "ask", "assistant", "--kb", kb.toString(), "--ask", " ");
        cli.assertFails(2, "wrong-answer-cost", "assistant", "--kb", kb.toString(), "--wrong-answer-cost", "-1");
        cli.assertFails(2, "missing.csv", "assistant", "--kb", dir.resolve("missing.csv").toString());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "question,intent\nhello,greet\nbye,\n");
        cli.assertFails(3, "line 3", "assistant", "--kb", bad.toString(), "--ask", "hi");
        Path one = dir.resolve("one.csv");
        Files.writeString(one, "question,intent\nhello,greet\nhi,greet\n");
        cli.assertFails(3, "two intents", "assistant", "--kb", one.toString(), "--ask", "hi");
        Path db = dir.resolve("db").resolve("empty");
        try (Database database = Database.openFile(db)) {
            assertTrue(database.description().contains("empty"));
        }
        cli.assertFails(3, "No knowledge base", "--db", db.toString(), "assistant", "--ask", "hi");
    }
}
