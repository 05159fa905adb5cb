package org.crmworkbench.data.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crmworkbench.model.FeedbackRunRecord;
import org.crmworkbench.model.FeedbackRunRecord.AspectRow;
import org.crmworkbench.model.FeedbackRunRecord.ChangeRow;
import org.crmworkbench.model.FeedbackRunRecord.Counts;
import org.crmworkbench.model.FeedbackRunRecord.Group;
import org.crmworkbench.model.FeedbackRunRecord.KeywordRow;
import org.crmworkbench.model.FeedbackRunRecord.Period;
import org.crmworkbench.model.FeedbackRunRecord.TextRow;
import org.crmworkbench.model.FeedbackRunRecord.TopicRow;

/**
 * The tables of a saved feedback analysis beside its head row: timeline, breakdowns, topics, keywords, aspects, what
 * changed and the scored texts, each written and read back in its saved order. Lists of terms are stored joined by
 * {@value #TERMS}, which no term contains (terms are words).
 */
final class FeedbackRunTables {
    private static final String TERMS = "|";
    private static final String COUNTS = "positive, neutral, negative, mean_score";

    private FeedbackRunTables() {
    }

    static void write(Connection c, long id, FeedbackRunRecord run) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO feedback_timeline (run_id, position, start_day, "
                + COUNTS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            AnalysisRuns.insertRows(s, run.timeline().size(), (st, i) -> {
                Period p = run.timeline().get(i);
                head(st, id, i);
                st.setObject(3, p.start());
                counts(st, 4, p.counts());
            }, sent -> { });
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO feedback_groups (run_id, position, dimension, name, "
                + COUNTS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            AnalysisRuns.insertRows(s, run.groups().size(), (st, i) -> {
                Group g = run.groups().get(i);
                head(st, id, i);
                st.setString(3, g.dimension());
                st.setString(4, AnalysisRuns.clip(g.name(), 300));
                counts(st, 5, g.counts());
            }, sent -> { });
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO feedback_topics (run_id, position, language, number, "
                + "terms, " + COUNTS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            AnalysisRuns.insertRows(s, run.topics().size(), (st, i) -> {
                TopicRow t = run.topics().get(i);
                head(st, id, i);
                st.setString(3, t.language());
                st.setInt(4, t.number());
                st.setString(5, AnalysisRuns.clip(String.join(TERMS, t.terms()), 4000));
                counts(st, 6, t.counts());
            }, sent -> { });
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO feedback_keywords (run_id, position, language, label, "
                + "term, weight, texts) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            AnalysisRuns.insertRows(s, run.keywords().size(), (st, i) -> {
                KeywordRow k = run.keywords().get(i);
                head(st, id, i);
                st.setString(3, k.language());
                st.setString(4, k.label());
                st.setString(5, AnalysisRuns.clip(k.term(), 300));
                RunColumns.setDouble(st, 6, k.weight());
                st.setInt(7, k.texts());
            }, sent -> { });
        }
        writeAspectsAndChanges(c, id, run);
        writeTexts(c, id, run);
    }

    private static void writeAspectsAndChanges(Connection c, long id, FeedbackRunRecord run) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO feedback_aspects (run_id, position, aspect, language, "
                + COUNTS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            AnalysisRuns.insertRows(s, run.aspects().size(), (st, i) -> {
                AspectRow a = run.aspects().get(i);
                head(st, id, i);
                st.setString(3, a.aspect());
                st.setString(4, a.language());
                counts(st, 5, a.counts());
            }, sent -> { });
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO feedback_changes (run_id, position, language, term, "
                + "earlier_share, recent_share, recent_texts, negative_share) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            AnalysisRuns.insertRows(s, run.changes().size(), (st, i) -> {
                ChangeRow ch = run.changes().get(i);
                head(st, id, i);
                st.setString(3, ch.language());
                st.setString(4, AnalysisRuns.clip(ch.term(), 300));
                st.setDouble(5, ch.earlierShare());
                st.setDouble(6, ch.recentShare());
                st.setInt(7, ch.recentTexts());
                st.setDouble(8, Double.isFinite(ch.negativeShare()) ? ch.negativeShare() : 0);
            }, sent -> { });
        }
    }

    private static void writeTexts(Connection c, long id, FeedbackRunRecord run) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO feedback_texts (run_id, position, feedback_id, "
                + "customer_id, written_at, channel, product, language, score, label, top_terms, topic, priority, text) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            AnalysisRuns.insertRows(s, run.texts().size(), (st, i) -> {
                TextRow t = run.texts().get(i);
                head(st, id, i);
                st.setString(3, AnalysisRuns.clip(t.feedbackId(), 64));
                st.setString(4, t.customerId() == null ? null : AnalysisRuns.clip(t.customerId(), 64));
                st.setTimestamp(5, t.writtenAt() == null ? null : Timestamp.valueOf(t.writtenAt()));
                st.setString(6, t.channel() == null ? null : AnalysisRuns.clip(t.channel(), 32));
                st.setString(7, t.product() == null ? null : AnalysisRuns.clip(t.product(), 300));
                st.setString(8, t.language());
                st.setDouble(9, t.score());
                st.setString(10, t.label());
                st.setString(11, AnalysisRuns.clip(String.join(TERMS, t.topTerms()), 2000));
                st.setInt(12, t.topic());
                st.setString(13, t.priority());
                st.setString(14, AnalysisRuns.clip(t.text(), 8000));
            }, sent -> { });
        }
    }

    /** The run's tables, read into {@code head} (a run read without them). */
    static FeedbackRunRecord read(Connection c, FeedbackRunRecord head) throws SQLException {
        long id = head.id();
        List<Period> timeline = new ArrayList<>();
        AnalysisRuns.eachRow(c, "SELECT start_day, " + COUNTS + " FROM feedback_timeline WHERE run_id = ? "
                + "ORDER BY position", id, rs -> timeline.add(new Period(rs.getObject(1, java.time.LocalDate.class),
                counts(rs, 2))));
        List<Group> groups = new ArrayList<>();
        AnalysisRuns.eachRow(c, "SELECT dimension, name, " + COUNTS + " FROM feedback_groups WHERE run_id = ? "
                + "ORDER BY position", id, rs -> groups.add(new Group(rs.getString(1), rs.getString(2),
                counts(rs, 3))));
        List<TopicRow> topics = new ArrayList<>();
        AnalysisRuns.eachRow(c, "SELECT language, number, terms, " + COUNTS + " FROM feedback_topics WHERE run_id = ? "
                + "ORDER BY position", id, rs -> topics.add(new TopicRow(rs.getString(1), rs.getInt(2),
                terms(rs.getString(3)), counts(rs, 4))));
        List<KeywordRow> keywords = new ArrayList<>();
        AnalysisRuns.eachRow(c, "SELECT language, label, term, weight, texts FROM feedback_keywords WHERE run_id = ? "
                + "ORDER BY position", id, rs -> keywords.add(new KeywordRow(rs.getString(1), rs.getString(2),
                rs.getString(3), RunColumns.getDouble(rs, 4), rs.getInt(5))));
        List<AspectRow> aspects = new ArrayList<>();
        AnalysisRuns.eachRow(c, "SELECT aspect, language, " + COUNTS + " FROM feedback_aspects WHERE run_id = ? "
                + "ORDER BY position", id, rs -> aspects.add(new AspectRow(rs.getString(1), rs.getString(2),
                counts(rs, 3))));
        List<ChangeRow> changes = new ArrayList<>();
        AnalysisRuns.eachRow(c, "SELECT language, term, earlier_share, recent_share, recent_texts, negative_share "
                + "FROM feedback_changes WHERE run_id = ? ORDER BY position", id, rs -> changes.add(new ChangeRow(
                rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getInt(5), rs.getDouble(6))));
        List<TextRow> texts = new ArrayList<>();
        AnalysisRuns.eachRow(c, "SELECT feedback_id, customer_id, written_at, channel, product, language, score, label, "
                + "top_terms, topic, priority, text FROM feedback_texts WHERE run_id = ? ORDER BY position", id,
                rs -> {
                    Timestamp at = rs.getTimestamp(3);
                    texts.add(new TextRow(rs.getString(1), rs.getString(2), at == null ? null : at.toLocalDateTime(),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getString(8),
                            terms(rs.getString(9)), rs.getInt(10), rs.getString(11), rs.getString(12)));
                });
        return new FeedbackRunRecord(id, head.startedAt(), head.appVersion(), head.dataSource(), head.language(),
                head.period(), head.topicsAsked(), head.summary(), timeline, groups, topics, keywords, aspects,
                changes, texts);
    }

    private static void head(PreparedStatement st, long id, int position) throws SQLException {
        st.setLong(1, id);
        st.setInt(2, position);
    }

    private static void counts(PreparedStatement st, int first, Counts counts) throws SQLException {
        st.setInt(first, counts.positive());
        st.setInt(first + 1, counts.neutral());
        st.setInt(first + 2, counts.negative());
        RunColumns.setDouble(st, first + 3, counts.meanScore());
    }

    private static Counts counts(ResultSet rs, int first) throws SQLException {
        return new Counts(rs.getInt(first), rs.getInt(first + 1), rs.getInt(first + 2),
                RunColumns.getDouble(rs, first + 3));
    }

    private static List<String> terms(String joined) {
        return joined == null || joined.isEmpty() ? List.of()
                : Arrays.asList(joined.split(java.util.regex.Pattern.quote(TERMS), -1));
    }
}
