package org.crmworkbench.data.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.BasketRunRecord;
import org.crmworkbench.model.BasketRunRecord.ItemCount;
import org.crmworkbench.model.BasketRunRecord.Rule;

/**
 * Saves basket analyses whole or not at all, and reads them back: settings and counts in {@code basket_runs}, the
 * items' counts in {@code basket_items}, the rules' measures in {@code basket_rules} and their items, side by side
 * and in order, in {@code basket_rule_items}.
 */
public final class BasketRunStore {
    /** {@code analysis_runs.kind} of a basket analysis. */
    public static final String KIND = "basket";
    /**
     * The summary's message key; its arguments: rules, frequent itemsets, transactions, items, min support and min
     * confidence (the last two as plain text).
     */
    public static final String SUMMARY_KEY = "basket.run.summary";

    private final Database database;

    public BasketRunStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Stores the run in one transaction and returns it with its new id. */
    public BasketRunRecord save(BasketRunRecord run) {
        String support = plain(run.minSupport());
        String confidence = plain(run.minConfidence());
        AnalysisRuns.Entry entry = new AnalysisRuns.Entry(KIND, describe(run), 0L, run.appVersion(),
                run.startedAt(), run.rulesTotal() + " rules from " + run.itemsets() + " frequent itemsets of "
                        + run.transactions() + " transactions (" + run.items() + " items); min support " + support
                        + ", min confidence " + confidence, SUMMARY_KEY,
                List.of(run.rulesTotal(), run.itemsets(), run.transactions(), run.items(), support, confidence));
        return run.withId(AnalysisRuns.saveWhole(database, entry, (c, id) -> {
            writeHead(c, id, run);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO basket_items (run_id, position, item, label, "
                    + "item_count) VALUES (?, ?, ?, ?, ?)")) {
                AnalysisRuns.insertRows(s, run.itemCounts().size(), (st, i) -> {
                    ItemCount item = run.itemCounts().get(i);
                    st.setLong(1, id);
                    st.setInt(2, i);
                    st.setString(3, item.item());
                    st.setString(4, item.label());
                    st.setInt(5, item.count());
                }, sent -> { });
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO basket_rules (run_id, position, rule_count, "
                    + "support, confidence, lift, leverage, conviction) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                AnalysisRuns.insertRows(s, run.rules().size(), (st, i) -> {
                    Rule rule = run.rules().get(i);
                    st.setLong(1, id);
                    st.setInt(2, i);
                    st.setInt(3, rule.count());
                    st.setDouble(4, rule.support());
                    st.setDouble(5, rule.confidence());
                    st.setDouble(6, rule.lift());
                    st.setDouble(7, rule.leverage());
                    if (Double.isFinite(rule.conviction())) {
                        st.setDouble(8, rule.conviction());
                    } else {
                        st.setNull(8, Types.DOUBLE);
                    }
                }, sent -> { });
            }
            List<String[]> sides = ruleItems(run.rules());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO basket_rule_items (run_id, rule_position, "
                    + "side, item_position, item) VALUES (?, ?, ?, ?, ?)")) {
                AnalysisRuns.insertRows(s, sides.size(), (st, i) -> {
                    String[] row = sides.get(i);
                    st.setLong(1, id);
                    st.setInt(2, Integer.parseInt(row[0]));
                    st.setString(3, row[1]);
                    st.setInt(4, Integer.parseInt(row[2]));
                    st.setString(5, row[3]);
                }, sent -> { });
            }
        }, e -> "Could not save the basket analysis in " + database.description()));
    }

    /** Ids of the saved basket analyses, newest first. */
    public List<Long> runIds() {
        return AnalysisRuns.ids(database, "basket_runs", "basket analyses");
    }

    /** The newest saved basket analysis, if any. */
    public Optional<BasketRunRecord> latest() {
        List<Long> ids = runIds();
        return ids.isEmpty() ? Optional.empty() : find(ids.get(0));
    }

    /** Every saved basket analysis, newest first, without its items and rules. */
    public List<BasketRunRecord> list() {
        List<BasketRunRecord> runs = new ArrayList<>();
        try (Connection c = database.connect()) {
            for (long id : runIds()) {
                head(c, id, List.of(), List.of()).ifPresent(runs::add);
            }
            return runs;
        } catch (SQLException e) {
            throw new DatabaseException("Could not list the basket analyses", e);
        }
    }

    /** The basket analysis with id {@code runId}, its items and rules in their saved order. */
    public Optional<BasketRunRecord> find(long runId) {
        try (Connection c = database.connect()) {
            List<ItemCount> items = new ArrayList<>();
            AnalysisRuns.eachRow(c, "SELECT item, label, item_count FROM basket_items WHERE run_id = ? "
                    + "ORDER BY position", runId, rs -> items.add(new ItemCount(rs.getString(1), rs.getString(2),
                    rs.getInt(3))));
            List<List<String>> antecedents = new ArrayList<>();
            List<List<String>> consequents = new ArrayList<>();
            AnalysisRuns.eachRow(c, "SELECT rule_position, side, item FROM basket_rule_items WHERE run_id = ? "
                    + "ORDER BY rule_position, side, item_position", runId, rs -> {
                        int rule = rs.getInt(1);
                        while (antecedents.size() <= rule) {
                            antecedents.add(new ArrayList<>());
                            consequents.add(new ArrayList<>());
                        }
                        ("A".equals(rs.getString(2)) ? antecedents : consequents).get(rule).add(rs.getString(3));
                    });
            List<Rule> rules = new ArrayList<>();
            AnalysisRuns.eachRow(c, "SELECT position, rule_count, support, confidence, lift, leverage, conviction "
                    + "FROM basket_rules WHERE run_id = ? ORDER BY position", runId, rs -> {
                        int position = rs.getInt(1);
                        double conviction = rs.getDouble(7);
                        if (rs.wasNull()) {
                            conviction = Double.POSITIVE_INFINITY;
                        }
                        rules.add(new Rule(position < antecedents.size() ? antecedents.get(position) : List.of(),
                                position < consequents.size() ? consequents.get(position) : List.of(),
                                rs.getInt(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6),
                                conviction));
                    });
            return head(c, runId, items, rules);
        } catch (SQLException e) {
            throw new DatabaseException("Could not read basket analysis " + runId, e);
        }
    }

    private static Optional<BasketRunRecord> head(Connection c, long runId, List<ItemCount> items, List<Rule> rules)
            throws SQLException {
        return AnalysisRuns.first(c, "SELECT r.data_source, r.basis, r.algorithm, r.min_support, r.min_confidence, "
                + "r.min_length, r.max_length, r.max_consequent, r.transactions, r.items, r.itemsets, r.rules_total, "
                + "r.seconds, a.started_at, a.app_version FROM basket_runs r JOIN analysis_runs a ON a.id = r.run_id "
                + "WHERE r.run_id = ?", runId, rs -> new BasketRunRecord(runId, rs.getTimestamp(14).toInstant(),
                rs.getString(15), rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                rs.getDouble(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                rs.getInt(11), rs.getInt(12), rs.getDouble(13), items, rules));
    }

    private static void writeHead(Connection c, long id, BasketRunRecord run) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO basket_runs (run_id, data_source, basis, "
                + "algorithm, min_support, min_confidence, min_length, max_length, max_consequent, transactions, "
                + "items, itemsets, rules_total, seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, AnalysisRuns.clip(run.dataSource(), 1000));
            s.setString(3, run.basis());
            s.setString(4, run.algorithm());
            s.setDouble(5, run.minSupport());
            s.setDouble(6, run.minConfidence());
            s.setInt(7, run.minLength());
            s.setInt(8, run.maxLength());
            s.setInt(9, run.maxConsequent());
            s.setInt(10, run.transactions());
            s.setInt(11, run.items());
            s.setInt(12, run.itemsets());
            s.setInt(13, run.rulesTotal());
            s.setDouble(14, run.seconds());
            s.executeUpdate();
        }
    }

    /** One row per item of every rule: rule position, side, position on its side, item. */
    private static List<String[]> ruleItems(List<Rule> rules) {
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            List<String> a = rules.get(r).antecedent();
            for (int i = 0; i < a.size(); i++) {
                rows.add(new String[] {Integer.toString(r), "A", Integer.toString(i), a.get(i)});
            }
            List<String> cs = rules.get(r).consequent();
            for (int i = 0; i < cs.size(); i++) {
                rows.add(new String[] {Integer.toString(r), "C", Integer.toString(i), cs.get(i)});
            }
        }
        return rows;
    }

    /** A share as plain decimal text: 0.0005, not 5.0E-4. */
    private static String plain(double share) {
        return java.math.BigDecimal.valueOf(share).stripTrailingZeros().toPlainString();
    }

    private static String describe(BasketRunRecord run) {
        return "basis=" + run.basis() + " algorithm=" + run.algorithm() + " min_support=" + run.minSupport()
                + " min_confidence=" + run.minConfidence() + " min_length=" + run.minLength() + " max_length="
                + run.maxLength() + " max_consequent=" + run.maxConsequent();
    }
}
