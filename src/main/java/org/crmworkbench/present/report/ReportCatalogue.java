package org.crmworkbench.present.report;

import java.util.List;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.work.Progress;

/**
 * What a report can be built from: the saved runs of every kind, the charts and tables each can give, and those
 * items built afresh from the stored run (the same way for the window and the command line).
 *
 * <p>Kinds and their items ({@code *} marks the default ones a report takes when none are picked):
 * <ul>
 * <li>{@code segment}: {@code scatter}*, {@code profiles}*, {@code radar}, {@code segments}* (table)</li>
 * <li>{@code forecast}: {@code forecast}* (chart), {@code forecast-table}*, {@code parameters} (table)</li>
 * <li>{@code recommend-eval}: {@code comparison}* (chart), {@code metrics}* (table)</li>
 * <li>{@code recommend}: {@code top-products}* (table), {@code sources} (chart)</li>
 * <li>{@code predict}: {@code scores}* (chart), {@code metrics}* (table), {@code top-customers} (table)</li>
 * </ul>
 */
public final class ReportCatalogue {
    /** Command-line names of the kinds, for {@code report --latest}: segment, forecast, evaluation, recommend, predict. */
    public static final List<String> CLI_KINDS = List.of("segment", "forecast", "evaluation", "recommend", "predict");

    private final Database database;
    private final Messages messages;

    public ReportCatalogue(Database database, Messages messages) {
        this.database = database;
        this.messages = messages;
    }

    /** Every saved run, newest first. */
    public List<SavedRun> runs() {
        throw new UnsupportedOperationException("not yet built");
    }

    /** The newest run of a kind, by its command-line name ({@link #CLI_KINDS}) or stored kind. */
    public Optional<SavedRun> latest(String kind) {
        throw new UnsupportedOperationException("not yet built");
    }

    /**
     * The charts and tables run {@code runId} can give, defaults first.
     *
     * @throws org.crmworkbench.work.BadParameterException (parameter {@code runs}) when there is no such run
     */
    public List<ItemChoice> items(long runId) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** The items a report takes from the run when none are picked. */
    public List<ItemChoice> defaultItems(long runId) {
        throw new UnsupportedOperationException("not yet built");
    }

    /**
     * Builds one item from the stored run (reading what else it needs, e.g. the customers' features for a segment
     * scatter), titled and with its provenance.
     *
     * @throws org.crmworkbench.work.BadParameterException (parameter {@code chart}) when the run has no such item,
     *         naming the ones it has
     */
    public ReportItem build(long runId, String key, Progress progress) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** The data set in words: database file, customers, orders and their dates, last import. */
    public String dataSet() {
        throw new UnsupportedOperationException("not yet built");
    }
}
