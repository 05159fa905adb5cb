package org.crmworkbench.ui.feedback;

import static org.crmworkbench.ui.common.FileHeaders.guess;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.FileHeaders;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.common.ProblemText;
import org.crmworkbench.ui.jobs.JobBody;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * Where the Feedback workspace's texts come from: the stored feedback of the open database (with its customers,
 * products and reps), or a CSV/XLSX file whose text column (and optional id and date columns) are picked from its
 * header. Read in background jobs whenever a choice or the stored data changes, the newest read replacing the one
 * before. FX thread only.
 */
public final class FeedbackSource {
    /** Where the texts come from. */
    public enum Kind { STORE, FILE }

    /** What the source is doing. */
    public enum Phase { WAITING_FOR_DATA, READING, READY, FAILED }

    /** The texts as read; {@code name} is the file's name, or "" for the stored feedback. */
    public record Data(List<FeedbackText> texts, String name) {
        public Data {
            texts = List.copyOf(texts);
            Objects.requireNonNull(name, "name");
        }
    }

    static final String READ_KEY = "feedback.read";
    static final String HEADER_KEY = "feedback.header";

    private final DataSession session;
    private final JobRunner jobs;
    private final FileHeaders headers;
    private final FeedbackSteps steps;
    private final Supplier<Messages> messages;
    private final Consumer<Notice> notices;

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.STORE);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObjectProperty<String> textColumn = new SimpleObjectProperty<>(this, "textColumn");
    private final ObjectProperty<String> idColumn = new SimpleObjectProperty<>(this, "idColumn");
    private final ObjectProperty<String> dateColumn = new SimpleObjectProperty<>(this, "dateColumn");
    private final ReadOnlyObjectWrapper<Data> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase",
            Phase.WAITING_FOR_DATA);
    private boolean choosing;

    FeedbackSource(DataSession session, JobRunner jobs, FeedbackSteps steps, Supplier<Messages> messages,
                   Consumer<Notice> notices) {
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.headers = new FileHeaders(jobs, HEADER_KEY);
        this.steps = Objects.requireNonNull(steps, "steps");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.notices = Objects.requireNonNull(notices, "notices");
        InvalidationListener changed = o -> {
            if (!choosing) {
                read();
            }
        };
        kind.addListener(changed);
        textColumn.addListener(changed);
        idColumn.addListener(changed);
        dateColumn.addListener(changed);
        file.addListener(o -> readHeader());
        session.dataVersionProperty().addListener(o -> {
            if (kind.get() == Kind.STORE) {
                read();
            }
        });
    }

    /** Reads the chosen texts in the background; the newest read wins. */
    public void read() {
        if (kind.get() == Kind.FILE) {
            Path chosen = file.get();
            String text = textColumn.get();
            if (chosen == null || text == null) {
                waiting();
                return;
            }
            String id = idColumn.get();
            String date = dateColumn.get();
            String name = chosen.getFileName().toString();
            start("feedback.ws.job.readFile", name,
                    progress -> data(steps.readFile(chosen, text, id, date, progress), name));
            return;
        }
        Database db = session.database();
        if (db == null) {
            waiting();
            return;
        }
        start("feedback.ws.job.readStored", "", progress -> data(steps.readStored(db, progress), ""));
    }

    private void waiting() {
        data.set(null);
        phase.set(Phase.WAITING_FOR_DATA);
    }

    private static Data data(List<FeedbackText> texts, String name) {
        return texts.isEmpty() ? null : new Data(texts, name);
    }

    /** Uses texts read elsewhere (tests); a later read replaces them. */
    void offer(List<FeedbackText> texts, String name) {
        start("feedback.ws.job.readFile", name, progress -> data(texts, name));
    }

    private void start(String nameKey, String name, JobBody<Data> body) {
        phase.set(Phase.READING);
        Kind asked = kind.get();
        jobs.job(nameKey, body).nameArgs(name).replacing(READ_KEY)
                .onSuccess(read -> {
                    if (asked != kind.get()) {
                        return;
                    }
                    notices.accept(null);
                    phase.set(read == null ? Phase.WAITING_FOR_DATA : Phase.READY);
                    data.set(read);
                })
                .onFailure(error -> {
                    phase.set(Phase.FAILED);
                    data.set(null);
                    notices.accept(Notice.error("feedback.ws.notice.readFailed",
                            ProblemText.of(error, messages.get())));
                })
                .onCancelled(() -> phase.set(data.get() == null ? Phase.FAILED : Phase.READY))
                .start();
    }

    private void readHeader() {
        Path chosen = file.get();
        if (chosen != null) {
            headers.read(chosen, "feedback.ws.job.header", this::useHeader, error -> notices.accept(
                    Notice.error("feedback.ws.notice.readFailed", ProblemText.of(error, messages.get()))));
        }
    }

    /** Offers the header's columns and guesses the text, id and date columns among them. */
    void useHeader(List<String> header) {
        choosing = true;
        try {
            columns.setAll(header);
            textColumn.set(guess(header, h -> h.equals("text") || h.contains("feedback") && !h.contains("id")
                    || h.contains("comment") || h.contains("review") || h.contains("message") || h.contains("文本")
                    || h.contains("评论") || h.contains("内容"), guess(header, h -> h.contains("text"), null)));
            idColumn.set(guess(header, h -> h.equals("id") || h.endsWith("_id") && !h.startsWith("customer")
                    || h.equals("编号"), null));
            dateColumn.set(guess(header, h -> h.contains("date") || h.contains("time") || h.contains("created")
                    || h.contains("日期") || h.contains("时间"), null));
            kind.set(Kind.FILE);
        } finally {
            choosing = false;
        }
        read();
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** The feedback file; setting it reads its header, guesses the columns and switches to the file. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** The file's header. */
    public ObservableList<String> columns() {
        return columns;
    }

    public ObjectProperty<String> textColumnProperty() {
        return textColumn;
    }

    /** The id column, or null to number the texts by line. */
    public ObjectProperty<String> idColumnProperty() {
        return idColumn;
    }

    /** The date or date-time column, or null. */
    public ObjectProperty<String> dateColumnProperty() {
        return dateColumn;
    }

    /** The texts as read, or null. */
    public ReadOnlyObjectProperty<Data> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }
}
