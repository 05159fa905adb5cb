package org.crmworkbench.ui.feedback;

import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.TextFlow;
import org.crmworkbench.analysis.text.SentimentCounts;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.ui.feedback.FeedbackRows.AspectRow;
import org.crmworkbench.ui.feedback.FeedbackRows.ChangeRow;
import org.crmworkbench.ui.feedback.FeedbackRows.CountsRow;
import org.crmworkbench.ui.feedback.FeedbackRows.KeywordRow;
import org.crmworkbench.ui.feedback.FeedbackRows.PriorityRow;
import org.crmworkbench.ui.feedback.FeedbackRows.TextRow;
import org.crmworkbench.ui.feedback.FeedbackRows.TopicRow;
import org.crmworkbench.ui.common.NumberCells;

/**
 * The Feedback view's tables. Numbers stay numbers so every column sorts by value; shares read as percentages in the
 * reader's format, a missing figure as "–". The texts and read-first tables show each text with its driver words
 * marked ({@link HighlightedText}), wrapped to the column's width.
 */
final class FeedbackTables {
    private final Messages messages;
    private final FeedbackWords words;

    FeedbackTables(Messages messages) {
        this.messages = messages;
        this.words = new FeedbackWords(messages);
    }

    void counts(TableView<CountsRow> table) {
        fill(table, List.of(text("counts", "group", CountsRow::name, 130)));
        table.getColumns().addAll(countColumns("counts", CountsRow::counts));
    }

    void groups(TableView<CountsRow> table) {
        fill(table, List.of(text("groups", "group", CountsRow::name, 160)));
        table.getColumns().addAll(countColumns("groups", CountsRow::counts));
    }

    void keywords(TableView<KeywordRow> table) {
        fill(table, List.of(text("keywords", "term", r -> r.keyword().term(), 140),
                number("keywords", "weight", r -> r.keyword().weight(), "0.00"),
                number("keywords", "texts", r -> r.keyword().texts(), "#,##0")));
    }

    void topics(TableView<TopicRow> table) {
        TableColumn<TopicRow, Number> number = number("topics", "number", r -> r.topic().number(), "0");
        number.setPrefWidth(55);
        fill(table, List.of(text("topics", "language", r -> words.language(r.topic().language()), 65), number,
                text("topics", "terms", r -> String.join(", ", r.topic().terms()), 300),
                number("topics", "texts", r -> r.topic().counts().total(), "#,##0"),
                number("topics", "meanScore", r -> r.topic().counts().meanScore(), "0.00"),
                number("topics", "positive", r -> r.topic().counts().positiveShare(), "0%"),
                number("topics", "negative", r -> r.topic().counts().negativeShare(), "0%")));
    }

    void aspects(TableView<AspectRow> table) {
        fill(table, List.of(text("aspects", "aspect", r -> words.aspect(r.aspect().aspect().code()), 110),
                text("aspects", "language", r -> words.language(r.aspect().language()), 80)));
        table.getColumns().addAll(countColumns("aspects", r -> r.aspect().counts()));
    }

    void changes(TableView<ChangeRow> table) {
        fill(table, List.of(text("changes", "term", r -> r.change().term(), 130),
                text("changes", "language", r -> words.language(r.change().language()), 70),
                number("changes", "earlier", r -> r.change().earlierShare(), "0.0%"),
                number("changes", "recent", r -> r.change().recentShare(), "0.0%"),
                number("changes", "rise", r -> (r.change().recentShare() - r.change().earlierShare()) * 100,
                        "+0.0;-0.0"),
                number("changes", "recentTexts", r -> r.change().recentTexts(), "#,##0"),
                number("changes", "negative", r -> r.change().negativeShare(), "0%")));
    }

    void texts(TableView<TextRow> table) {
        TableColumn<TextRow, LocalDateTime> time = new TableColumn<>(messages.get("feedback.ws.col.texts.time"));
        time.setId("feedback-texts-time");
        time.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().writtenAt()));
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.get("feedback.ws.datePattern"),
                messages.locale());
        time.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDateTime item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "\u2013" : format.format(item));
            }
        });
        time.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        time.setPrefWidth(88);
        time.setMinWidth(88);
        fill(table, List.of(time,
                text("texts", "customer", this::customerLines, 150),
                text("texts", "language", r -> words.language(r.feedback().language()), 60),
                number("texts", "score", r -> r.feedback().score(), "0.00"),
                text("texts", "label", r -> words.label(r.feedback().label()), 60),
                highlighted("texts", r -> r)));
    }

    /** The customer on the first line, channel and product under it (the time is in the chosen text's details). */
    private String customerLines(TextRow row) {
        FeedbackText t = row.feedback().text();
        String where = java.util.stream.Stream.of(words.channel(t.channel()), t.product())
                .filter(v -> v != null && !v.isBlank()).collect(java.util.stream.Collectors.joining(" \u00b7 "));
        String customer = t.customerId() == null ? "\u2013" : t.customerId();
        return where.isEmpty() ? customer : customer + "\n" + where;
    }

    void priority(TableView<PriorityRow> table) {
        fill(table, List.of(text("priority", "reason", r -> words.reason(r.priority().reason()), 150),
                text("priority", "customer", r -> r.row().feedback().text().customerId(), 90),
                number("priority", "score", r -> r.row().feedback().score(), "0.00"),
                highlighted("priority", PriorityRow::row)));
    }

    private static <R> void fill(TableView<R> table, List<TableColumn<R, ?>> columns) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(columns);
    }

    private <R> List<TableColumn<R, ?>> countColumns(String table, Function<R, SentimentCounts> counts) {
        return List.of(number(table, "texts", r -> counts.apply(r).total(), "#,##0"),
                number(table, "positive", r -> counts.apply(r).positiveShare(), "0%"),
                number(table, "neutral", r -> share(counts.apply(r).neutral(), counts.apply(r).total()), "0%"),
                number(table, "negative", r -> counts.apply(r).negativeShare(), "0%"),
                number(table, "meanScore", r -> counts.apply(r).meanScore(), "0.00"));
    }

    private static double share(int part, int total) {
        return total == 0 ? Double.NaN : (double) part / total;
    }

    /** The text with its drivers marked, wrapped to the column; sorts by the text. */
    private <R> TableColumn<R, TextRow> highlighted(String table, Function<R, TextRow> feedback) {
        TableColumn<R, TextRow> column = new TableColumn<>(messages.get("feedback.ws.col." + table + ".text"));
        column.setId("feedback-" + table + "-text");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(feedback.apply(c.getValue())));
        column.setComparator(Comparator.comparing(TextRow::text));
        column.setPrefWidth(380);
        column.setMinWidth(160);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TextRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : HighlightedText.flow(item));
            }

            /** As tall as the text wrapped to the column's width (not to whatever width the flow had first). */
            @Override
            protected double computePrefHeight(double width) {
                if (getGraphic() instanceof TextFlow flow) {
                    double wrap = Math.max(40, column.getWidth() - snappedLeftInset() - snappedRightInset());
                    flow.setPrefWidth(wrap);
                    flow.setMaxWidth(wrap);
                    flow.applyCss(); // measured in the styled (bold) font it is drawn in
                    return snappedTopInset() + Math.ceil(flow.prefHeight(wrap)) + 2 + snappedBottomInset();
                }
                return super.computePrefHeight(width);
            }
        });
        // rows are measured again when the column's width changes the wrapping
        column.widthProperty().addListener((o, a, b) -> {
            if (column.getTableView() != null) {
                column.getTableView().refresh();
            }
        });
        return column;
    }

    private <R> TableColumn<R, String> text(String table, String key, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(messages.get("feedback.ws.col." + table + "." + key));
        column.setId("feedback-" + table + "-" + key);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> {
            String v = value.apply(c.getValue());
            return new ReadOnlyObjectWrapper<>(v == null ? "" : v);
        });
        return column;
    }

    private <R> TableColumn<R, Number> number(String table, String key, Function<R, Number> value, String pattern) {
        TableColumn<R, Number> column = new TableColumn<>(messages.get("feedback.ws.col." + table + "." + key));
        column.setId("feedback-" + table + "-" + key);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        if (format instanceof DecimalFormat decimal) {
            decimal.applyPattern(pattern);
        }
        column.setCellFactory(c -> NumberCells.formatted(format));
        column.setComparator((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
        column.setPrefWidth(75);
        return column;
    }
}
