package org.crmworkbench.data.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmworkbench.data.runs.RunCatalogue;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Runs saved before version 7 of the schema have their summary only as a line of English. Every store wrote that line
 * in one fixed form per kind, so it is read back here into the message key and arguments version 7 stores, and the run
 * list words it in the reader's language like a new run's. A line in no known form keeps no key (it is shown as
 * saved).
 */
public final class V8__Summary_words_for_older_runs extends BaseJavaMigration {
    private static final Map<String, Pattern> FORMS = Map.of(
            "segment", Pattern.compile("(\\d+) segments of (\\d+) customers"),
            "forecast", Pattern.compile("(\\S+) forecast of .+: (\\d+) periods from (\\d+)"),
            "recommend-eval", Pattern.compile("(\\d+) methods compared on top-(\\d+) lists"),
            "recommend", Pattern.compile("top-(\\d+) lists for (\\d+) customers"),
            "predict", Pattern.compile("(regression|classification) (\\S+) of (\\S+) for (\\d+) customers"),
            "value", Pattern.compile("(\\S+) value of (\\d+) customers to (\\S+)"));

    /** A summary's message key and arguments. */
    public record Words(String key, List<String> args) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        backfill(context.getConnection());
    }

    /** Gives every run without a summary key the key and arguments its English line says. */
    public static void backfill(Connection c) throws SQLException {
        List<Object[]> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, kind, summary FROM analysis_runs WHERE summary_key IS NULL");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                words(rs.getString(2), rs.getString(3)).ifPresent(w -> found.add(new Object[] {id, w}));
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE analysis_runs SET summary_key = ?, summary_args = ? WHERE id = ?")) {
            for (Object[] row : found) {
                Words w = (Words) row[1];
                s.setString(1, w.key());
                s.setString(2, String.join(RunCatalogue.ARGUMENT_SEPARATOR, w.args()));
                s.setLong(3, (Long) row[0]);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The key and arguments of a {@code kind}'s English summary line; empty when the line is in no known form. */
    public static Optional<Words> words(String kind, String summary) {
        Pattern form = kind == null ? null : FORMS.get(kind);
        if (form == null || summary == null) {
            return Optional.empty();
        }
        Matcher m = form.matcher(summary.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> args = new ArrayList<>();
        for (int g = 1; g <= m.groupCount(); g++) {
            args.add(m.group(g));
        }
        return switch (kind) {
            case "recommend-eval" -> Optional.of(new Words("run.summary.evaluation", args));
            case "predict" -> Optional.of(new Words("run.summary.predict." + args.get(0), args.subList(1, 4)));
            default -> Optional.of(new Words("run.summary." + kind, args));
        };
    }
}
