package org.crmworkbench.present.sales;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RepsRunRecord;
import org.crmworkbench.present.PersonalDataPolicy;

/**
 * A sales-team analysis in the reader's words: a rep as "R017 Ada Lee", ranks as ordinals ("3rd"), the rank-shift
 * sentence "R017 Ada Lee ranks 3rd on revenue but 14th once territory is accounted for", an effect explained for its
 * outcome ("+0.10: about 11% larger orders than a typical rep in the same circumstances"; order value's effect is on
 * the log scale, so the percentage is e^effect - 1), the run's summary line ({@link #SUMMARY}) and its settings.
 */
public final class RepsWords {
    /**
     * The key of a run's summary line; arguments: reps, observations (whole numbers), the outcome's command-line name
     * (as the run store saves them, so a saved summary reads the same as one made now).
     */
    public static final String SUMMARY = "sales.run.summary";
    /** The key of the rank-shift sentence with one adjustment; see {@link #shift}. */
    public static final String SHIFT = "sales.shift.sentence";

    private final Messages messages;
    private final PersonalDataPolicy people;

    /** Reps by their names as stored (for the window's own views). */
    public RepsWords(Messages messages) {
        this(messages, PersonalDataPolicy.withNames());
    }

    /** Reps as {@code people} says: masked, as stored or pseudonymized (for files). */
    public RepsWords(Messages messages, PersonalDataPolicy people) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.people = Objects.requireNonNull(people, "people");
    }

    /** How reps are shown. */
    public PersonalDataPolicy people() {
        return people;
    }

    public Messages messages() {
        return messages;
    }

    /**
     * "R017 Ada Lee" (masked: "R017 A. L."); the id alone when the rep has no other name; pseudonymized, the id's
     * pseudonym alone.
     */
    public String rep(String repId, String name) {
        if (name == null || name.isBlank() || name.equals(repId)
                || people.mode() == PersonalDataPolicy.Mode.PSEUDONYMIZED) {
            return people.id(repId);
        }
        return messages.get("sales.words.rep", repId, people.name(name));
    }

    /** A rank as an ordinal: "1st", "2nd", "3rd", "11th", "21st" (第 3 名 in Chinese). */
    public String ordinal(int rank) {
        int lastTwo = Math.abs(rank) % 100;
        int last = Math.abs(rank) % 10;
        String form = lastTwo >= 11 && lastTwo <= 13 ? "other" : last == 1 ? "one" : last == 2 ? "two"
                : last == 3 ? "few" : "other";
        return messages.get("sales.words.ordinal." + form, rank);
    }

    /** The outcome in words ("order value (log scale)", "orders per customer", "retention"). */
    public String outcome(String cliName) {
        String key = "sales.outcome." + cliName;
        return messages.has(key) ? messages.get(key) : cliName;
    }

    /** What the raw rank orders by for an outcome ("revenue", "orders per customer", "share of customers kept"). */
    public String raw(String cliName) {
        String key = "sales.raw." + cliName;
        return messages.has(key) ? messages.get(key) : cliName;
    }

    /** A factor adjusted for in words ("territory" for region); unknown factors as they are named. */
    public String factor(String name) {
        String key = "sales.factor." + name;
        return messages.has(key) ? messages.get(key) : name;
    }

    /** The scorecards' period in words ("quarter"); unknown ones as they are. */
    public String period(String cliName) {
        String key = "sales.period." + cliName;
        return messages.has(key) ? messages.get(key) : cliName;
    }

    /** The run's adjustments in words: its factors, then the season when adjusted for. */
    public List<String> adjustments(RepsRunRecord run) {
        return adjustments(run.adjustFor(), run.season());
    }

    /** Factors then the season, in words. */
    public List<String> adjustments(List<String> adjustFor, boolean season) {
        List<String> words = new ArrayList<>();
        for (String f : adjustFor) {
            words.add(factor(f));
        }
        if (season) {
            words.add(messages.get("sales.factor.season"));
        }
        return words;
    }

    /** "a", "a and b", "a, b and c". */
    public String list(List<String> words) {
        if (words.isEmpty()) {
            return "";
        }
        String text = words.get(words.size() - 1);
        if (words.size() == 1) {
            return text;
        }
        String head = words.get(0);
        for (int i = 1; i < words.size() - 1; i++) {
            head = messages.get("sales.words.listMore", head, words.get(i));
        }
        return messages.get("sales.words.listLast", head, text);
    }

    /**
     * "R017 Ada Lee ranks 3rd on revenue but 14th once territory is accounted for" ("... once territory, channel and
     * the season are accounted for" with more than one; "... but 14th in the fair comparison" with nothing adjusted
     * for).
     */
    public String shift(RepsRunRecord.Shift shift, RepsRunRecord run) {
        return shift(shift.repId(), shift.name(), shift.rankRaw(), shift.rankAdjusted(), run.outcome(),
                adjustments(run));
    }

    /** The rank-shift sentence from its parts; {@code adjustments} in words. */
    public String shift(String repId, String name, int rankRaw, int rankAdjusted, String outcome,
                        List<String> adjustments) {
        String key = adjustments.isEmpty() ? SHIFT + ".none" : adjustments.size() == 1 ? SHIFT : SHIFT + ".many";
        return messages.get(key, rep(repId, name), ordinal(rankRaw), ordinal(rankAdjusted), raw(outcome),
                list(adjustments));
    }

    /**
     * An effect explained for its outcome: order value "+0.10: about 11% larger orders than a typical rep in the same
     * circumstances" (e^0.10 - 1 = 10.5%); orders "+0.30: about 0.30 more orders per customer than ..."; retention
     * "+0.05: about 5 points more of their customers kept than ...". A negative effect reads smaller / fewer.
     */
    public String effect(String outcome, double effect) {
        if (!Double.isFinite(effect)) {
            return messages.get("sales.effect.unknown");
        }
        String direction = effect >= 0 ? "up" : "down";
        return switch (outcome) {
            case "order-value" -> messages.get("sales.effect.order-value." + direction, effect,
                    Math.abs(Math.expm1(effect)));
            case "orders" -> messages.get("sales.effect.orders." + direction, effect, Math.abs(effect));
            case "retention" -> messages.get("sales.effect.retention." + direction, effect, Math.abs(effect) * 100);
            default -> messages.get("sales.effect.other", effect);
        };
    }

    /** The arguments of {@link #SUMMARY}: reps, observations, the outcome's command-line name. */
    public static Object[] summaryArguments(RepsRunRecord run) {
        return new Object[] {run.effects().size(), run.observations(), run.outcome()};
    }

    /** "40 reps, 5,210 observations; outcome: order-value". */
    public String summary(RepsRunRecord run) {
        return messages.get(SUMMARY, summaryArguments(run));
    }

    /**
     * "Outcome order value (log scale), adjusted for territory, channel and the season; scorecards by quarter; a
     * customer is lost after 180 days without an order".
     */
    public String settings(RepsRunRecord run) {
        List<String> adjustments = adjustments(run);
        String adjusted = adjustments.isEmpty() ? messages.get("sales.run.adjustedForNothing")
                : messages.get("sales.run.adjustedFor", list(adjustments));
        return messages.get("sales.run.settings", outcome(run.outcome()), adjusted, period(run.period()),
                run.churnWindowDays());
    }
}
