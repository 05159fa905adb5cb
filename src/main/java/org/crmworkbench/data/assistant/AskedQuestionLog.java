package org.crmworkbench.data.assistant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.AskedQuestion;

/**
 * The chat pane's handed-over and low-confidence questions ({@code assistant_questions}), newest first. Texts longer
 * than their column are cut (a question is kept to 2,000 characters).
 */
public final class AskedQuestionLog {
    private final Database database;

    public AskedQuestionLog(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Stores {@code question} and returns it with its id. */
    public AskedQuestion log(AskedQuestion question) {
        try (Connection c = database.connect();
             PreparedStatement s = c.prepareStatement("INSERT INTO assistant_questions (asked_at, question, language, "
                     + "top_intent, confidence, handed_over, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            s.setTimestamp(1, Timestamp.from(question.askedAt()));
            s.setString(2, cut(question.question(), 2000));
            s.setString(3, cut(question.language(), 8));
            s.setString(4, cut(question.topIntent(), 100));
            s.setDouble(5, Double.isFinite(question.confidence()) ? question.confidence() : 0);
            s.setBoolean(6, question.handedOver());
            s.setString(7, cut(question.reason(), 32));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return question.withId(keys.getLong(1));
            }
        } catch (SQLException e) {
            throw new DatabaseException("Could not log the question in " + database.description(), e);
        }
    }

    /** Every logged question, newest first. */
    public List<AskedQuestion> list() {
        List<AskedQuestion> rows = new ArrayList<>();
        try (Connection c = database.connect();
             PreparedStatement s = c.prepareStatement("SELECT id, asked_at, question, language, top_intent, "
                     + "confidence, handed_over, reason FROM assistant_questions ORDER BY asked_at DESC, id DESC");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new AskedQuestion(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getDouble(6), rs.getBoolean(7), rs.getString(8)));
            }
            return rows;
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the logged questions from " + database.description(), e);
        }
    }

    /** Forgets the question {@code id} (after it was added to the knowledge base); false when there is none. */
    public boolean remove(long id) {
        try (Connection c = database.connect();
             PreparedStatement s = c.prepareStatement("DELETE FROM assistant_questions WHERE id = ?")) {
            s.setLong(1, id);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new DatabaseException("Could not forget the logged question in " + database.description(), e);
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
