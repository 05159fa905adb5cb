package org.crmworkbench.ui.basket;

import static org.crmworkbench.ui.common.FileHeaders.guess;
import static org.crmworkbench.ui.common.FileHeaders.lower;

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
import org.crmworkbench.analysis.basket.Transactions;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.BasketBasis;
import org.crmworkbench.model.BasketFileFormat;
import org.crmworkbench.model.BasketRows;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.FileHeaders;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.common.ProblemText;
import org.crmworkbench.ui.jobs.JobBody;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.workflow.BasketWorkflow;

/**
 * Where the Baskets workspace's transactions come from: the stored orders (one basket per order, or everything a
 * customer bought), or a file in basket format (items separated by a chosen delimiter) or long format (transaction
 * and item columns picked from its header). Baskets are read and numbered in background jobs whenever the choice or
 * the stored data changes, the newest read replacing the one before; an empty database waits for data. FX thread only.
 */
public final class BasketSource {
    /** Where the baskets come from. */
    public enum Kind { ORDERS, CUSTOMERS, FILE }

    /** What the source is doing. */
    public enum Phase { WAITING_FOR_DATA, READING, READY, FAILED }

    /** Baskets as read, numbered for mining; {@code name} is the file's name, or "" for the stored orders. */
    public record Baskets(BasketRows rows, Transactions transactions, String name) {
        public Baskets {
            Objects.requireNonNull(rows, "rows");
            Objects.requireNonNull(transactions, "transactions");
        }
    }

    static final String READ_KEY = "basket.read";
    static final String HEADER_KEY = "basket.header";

    private final DataSession session;
    private final JobRunner jobs;
    private final FileHeaders headers;
    private final Supplier<Messages> messages;
    private final Consumer<Notice> notices;

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.ORDERS);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObjectProperty<BasketFileFormat.Layout> layout =
            new SimpleObjectProperty<>(this, "layout", BasketFileFormat.Layout.BASKET);
    private final ObjectProperty<BasketDelimiter> delimiter =
            new SimpleObjectProperty<>(this, "delimiter", BasketDelimiter.COMMA);
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObjectProperty<String> transactionColumn = new SimpleObjectProperty<>(this, "transactionColumn");
    private final ObjectProperty<String> itemColumn = new SimpleObjectProperty<>(this, "itemColumn");
    private final ReadOnlyObjectWrapper<Baskets> baskets = new ReadOnlyObjectWrapper<>(this, "baskets");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase",
            Phase.WAITING_FOR_DATA);
    private boolean choosing;

    BasketSource(DataSession session, JobRunner jobs, Supplier<Messages> messages, Consumer<Notice> notices) {
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.headers = new FileHeaders(jobs, HEADER_KEY);
        this.messages = Objects.requireNonNull(messages, "messages");
        this.notices = Objects.requireNonNull(notices, "notices");
        InvalidationListener changed = o -> {
            if (!choosing) {
                read();
            }
        };
        kind.addListener(changed);
        layout.addListener(changed);
        delimiter.addListener(changed);
        transactionColumn.addListener(changed);
        itemColumn.addListener(changed);
        file.addListener(o -> readHeader());
        session.dataVersionProperty().addListener(o -> {
            if (kind.get() != Kind.FILE) {
                read();
            }
        });
    }

    /** Reads the chosen baskets in the background; the newest read wins. */
    public void read() {
        Database db = session.database();
        if (kind.get() == Kind.FILE) {
            BasketFileFormat format = format();
            Path chosen = file.get();
            if (chosen == null || format == null) {
                baskets.set(null);
                phase.set(Phase.WAITING_FOR_DATA);
                return;
            }
            String name = chosen.getFileName().toString();
            start("basket.job.readFile", name, progress -> {
                BasketWorkflow workflow = new BasketWorkflow(db);
                return numbered(workflow, workflow.readFile(chosen, format, progress), name);
            });
            return;
        }
        if (db == null) {
            baskets.set(null);
            phase.set(Phase.WAITING_FOR_DATA);
            return;
        }
        BasketBasis basis = kind.get() == Kind.CUSTOMERS ? BasketBasis.CUSTOMER : BasketBasis.ORDER;
        start(basis == BasketBasis.CUSTOMER ? "basket.job.readCustomers" : "basket.job.readOrders", "", progress -> {
            BasketWorkflow workflow = new BasketWorkflow(db);
            return numbered(workflow, workflow.readOrders(basis, progress), "");
        });
    }

    /**
     * Uses baskets read elsewhere (named {@code name}, as a file's baskets are), numbered in the background like
     * any read; a later read replaces them.
     */
    void offer(BasketRows rows, String name) {
        start("basket.job.number", name, progress -> numbered(new BasketWorkflow(session.database()), rows, name));
    }

    /** The file's format as chosen, or null while the long format lacks a column. */
    BasketFileFormat format() {
        if (layout.get() == BasketFileFormat.Layout.LONG) {
            String t = transactionColumn.get();
            String i = itemColumn.get();
            return t == null || i == null ? null : BasketFileFormat.longFormat(t, i);
        }
        return BasketFileFormat.basket(delimiter.get().character());
    }

    private static Baskets numbered(BasketWorkflow workflow, BasketRows rows, String name) {
        return rows.size() == 0 ? null : new Baskets(rows, workflow.transactions(rows), name);
    }

    private void start(String nameKey, String name, JobBody<Baskets> body) {
        phase.set(Phase.READING);
        Kind asked = kind.get();
        jobs.job(nameKey, body).nameArgs(name).replacing(READ_KEY)
                .onSuccess(read -> {
                    if (asked != kind.get()) {
                        return;
                    }
                    notices.accept(null);
                    phase.set(read == null ? Phase.WAITING_FOR_DATA : Phase.READY);
                    baskets.set(read);
                })
                .onFailure(error -> {
                    phase.set(Phase.FAILED);
                    baskets.set(null);
                    notices.accept(Notice.error("basket.notice.readFailed", ProblemText.of(error, messages.get())));
                })
                .onCancelled(() -> phase.set(baskets.get() == null ? Phase.FAILED : Phase.READY))
                .start();
    }

    private void readHeader() {
        Path chosen = file.get();
        if (chosen != null) {
            headers.read(chosen, "basket.job.header", this::useHeader, error -> {
                // not a table (a plain basket file): read it as one
                useHeader(List.of());
            });
        }
    }

    /** Offers the header's columns and guesses the layout: long when a transaction and an item column stand out. */
    void useHeader(List<String> header) {
        choosing = true;
        try {
            columns.setAll(header);
            String transaction = guess(header, h -> h.contains("transaction") || h.contains("order")
                    || h.contains("basket") || h.contains("invoice") || h.equals("tid") || h.contains("订单")
                    || h.contains("交易"), null);
            String item = guess(header, h -> !h.equals(lower(transaction)) && (h.contains("item")
                    || h.contains("product") || h.contains("sku") || h.contains("article") || h.contains("商品")
                    || h.contains("物品")), null);
            transactionColumn.set(transaction);
            itemColumn.set(item);
            layout.set(transaction != null && item != null ? BasketFileFormat.Layout.LONG
                    : BasketFileFormat.Layout.BASKET);
            kind.set(Kind.FILE);
        } finally {
            choosing = false;
        }
        read();
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** The basket file; setting it reads its header, guesses the layout and switches to the file. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObjectProperty<BasketFileFormat.Layout> layoutProperty() {
        return layout;
    }

    public ObjectProperty<BasketDelimiter> delimiterProperty() {
        return delimiter;
    }

    /** The long-format file's columns. */
    public ObservableList<String> columns() {
        return columns;
    }

    public ObjectProperty<String> transactionColumnProperty() {
        return transactionColumn;
    }

    public ObjectProperty<String> itemColumnProperty() {
        return itemColumn;
    }

    /** The baskets read last, or null (none yet, none stored, or the read failed). */
    public ReadOnlyObjectProperty<Baskets> basketsProperty() {
        return baskets.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }
}
