package org.crmworkbench.ui.assistant;

import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.AskedQuestion;
import org.crmworkbench.model.AssistantRunRecord.ConfusionRow;
import org.crmworkbench.model.AssistantRunRecord.IntentRow;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.ui.common.NumberCells;

/**
 * The Assistant view's tables: the knowledge base, the logged questions, the per-intent scores and the confusion
 * pairs. Numbers stay numbers so every column sorts by value; shares read as percentages in the reader's format.
 */
final class AssistantTables {
    private static final DateTimeFormatter ASKED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final AssistantWords words;

    AssistantTables(Messages messages) {
        this.messages = messages;
        this.words = new AssistantWords(messages);
    }

    void knowledge(TableView<KnowledgeEntry> table) {
        fill(table, List.of(text("kb", "question", KnowledgeEntry::question, 280),
                text("kb", "intent", KnowledgeEntry::intent, 130),
                text("kb", "answer", KnowledgeEntry::answer, 300),
                text("kb", "language", e -> language(e.language()), 80)));
    }

    void asked(TableView<AskedQuestion> table) {
        fill(table, List.of(text("asked", "askedAt", a -> ASKED_AT.format(a.askedAt().atZone(ZoneId.systemDefault())),
                        120),
                text("asked", "question", AskedQuestion::question, 280),
                text("asked", "reason", words::loggedReason, 150),
                text("asked", "intent", AskedQuestion::topIntent, 130),
                number("asked", "confidence", AskedQuestion::confidence, "0%")));
    }

    void intents(TableView<IntentRow> table) {
        fill(table, List.of(text("intents", "intent", IntentRow::intent, 140),
                narrow(number("intents", "precision", IntentRow::precision, "0.0%")),
                narrow(number("intents", "recall", IntentRow::recall, "0.0%")),
                narrow(number("intents", "f1", IntentRow::f1, "0.000")),
                narrow(number("intents", "support", IntentRow::support, "#,##0"))));
    }

    void confusions(TableView<ConfusionRow> table) {
        fill(table, List.of(text("confusion", "expected", ConfusionRow::expected, 220),
                text("confusion", "predicted", ConfusionRow::predicted, 220),
                number("confusion", "count", ConfusionRow::count, "#,##0")));
    }

    /** A row's language in words ({@code en}, {@code zh}, or detected when none is given). */
    String language(String code) {
        if (code == null || code.isEmpty()) {
            return messages.get("assistant.ws.lang.detect");
        }
        return switch (code) {
            case "en" -> messages.get("assistant.ws.lang.en");
            case "zh" -> messages.get("assistant.ws.lang.zh");
            default -> code;
        };
    }

    /** A number column of the intents table, which shares its tab with the chart. */
    private static <R> TableColumn<R, Number> narrow(TableColumn<R, Number> column) {
        column.setPrefWidth(62);
        return column;
    }

    private static <R> void fill(TableView<R> table, List<TableColumn<R, ?>> columns) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(columns);
    }

    private <R> TableColumn<R, String> text(String table, String key, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(messages.get("assistant.ws.col." + table + "." + key));
        column.setId("assistant-" + table + "-" + key);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> {
            String v = value.apply(c.getValue());
            return new ReadOnlyObjectWrapper<>(v == null ? "" : v);
        });
        return column;
    }

    private <R> TableColumn<R, Number> number(String table, String key, Function<R, Number> value, String pattern) {
        TableColumn<R, Number> column = new TableColumn<>(messages.get("assistant.ws.col." + table + "." + key));
        column.setId("assistant-" + table + "-" + key);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        if (format instanceof DecimalFormat decimal) {
            decimal.applyPattern(pattern);
        }
        column.setCellFactory(c -> NumberCells.formatted(format));
        column.setComparator((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
        column.setPrefWidth(80);
        return column;
    }
}
