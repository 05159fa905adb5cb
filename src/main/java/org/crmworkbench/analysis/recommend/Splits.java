package org.crmworkbench.analysis.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.crmworkbench.model.RatingRows;
import org.crmworkbench.work.Progress;

/**
 * The folds an evaluation trains and tests on, made per customer so every customer with enough ratings is tested:
 * <ul>
 *   <li>{@link SplitKind#RANDOM}: each customer's {@code round(testShare x count)} ratings, chosen at random, are held
 *   out; one fold.</li>
 *   <li>{@link SplitKind#TEMPORAL}: each customer's {@code lastN} latest ratings are held out (ties in time broken by
 *   position); one fold. A customer with any rating of unknown time is cut by position (product order) instead, which
 *   is arbitrary; {@link #customersWithoutTimes()} says how many were.</li>
 *   <li>{@link SplitKind#KFOLD}: each customer's ratings are shuffled and dealt into {@code folds} folds, starting at a
 *   random fold, so every rating is held out exactly once.</li>
 * </ul>
 * Customers with fewer than two ratings are never tested, and every customer keeps at least one rating in training.
 * The same matrix and settings give the same folds. Immutable.
 */
public final class Splits {
    private final List<HoldOut> folds;
    private final int customersWithoutTimes;

    private Splits(List<HoldOut> folds, int customersWithoutTimes) {
        this.folds = List.copyOf(folds);
        this.customersWithoutTimes = customersWithoutTimes;
    }

    /** The folds of {@code ratings} that {@code settings} ask for. */
    public static Splits of(RatingMatrix ratings, EvaluationSettings settings) {
        return of(ratings, settings, Progress.none());
    }

    /** The same, stopping with {@code CancelledException} when cancelled. */
    public static Splits of(RatingMatrix ratings, EvaluationSettings settings, Progress progress) {
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(settings, "settings");
        return switch (settings.split()) {
            case RANDOM -> random(ratings, settings.testShare(), settings.seed(), progress);
            case TEMPORAL -> temporal(ratings, settings.lastN(), progress);
            case KFOLD -> kFold(ratings, settings.folds(), settings.seed(), progress);
        };
    }

    /** The folds, in order. */
    public List<HoldOut> folds() {
        return folds;
    }

    /** Customers the temporal split cut by position because some of their ratings have no time; 0 otherwise. */
    public int customersWithoutTimes() {
        return customersWithoutTimes;
    }

    private static Splits random(RatingMatrix m, double share, long seed, Progress progress) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] held = new boolean[m.size()];
        int[] scratch = new int[0];
        for (int u = 0; u < m.userCount(); u++) {
            pause(u, progress);
            int count = m.ratingsOfUser(u);
            if (count < 2) {
                continue;
            }
            int hold = Math.min(count - 1, (int) Math.round(share * count));
            if (scratch.length < count) {
                scratch = new int[Math.max(count, 2 * scratch.length)];
            }
            shuffleInto(scratch, m.userStart(u), count, random);
            for (int k = 0; k < hold; k++) {
                held[scratch[k]] = true;
            }
        }
        return new Splits(List.of(new HoldOut(m, held)), 0);
    }

    private static Splits temporal(RatingMatrix m, int lastN, Progress progress) {
        boolean[] held = new boolean[m.size()];
        int withoutTimes = 0;
        long[] times = new long[0];
        for (int u = 0; u < m.userCount(); u++) {
            pause(u, progress);
            int start = m.userStart(u);
            int count = m.ratingsOfUser(u);
            if (count < 2) {
                continue;
            }
            int hold = Math.min(lastN, count - 1);
            boolean timed = true;
            for (int p = start; p < start + count; p++) {
                timed &= m.timeAt(p) != RatingRows.UNKNOWN_TIME;
            }
            if (!timed) {
                withoutTimes++;
                for (int p = start + count - hold; p < start + count; p++) {
                    held[p] = true;
                }
                continue;
            }
            // the hold-th latest time; everything later is held, then ties at it from the last position back
            if (times.length < count) {
                times = new long[Math.max(count, 2 * times.length)];
            }
            for (int k = 0; k < count; k++) {
                times[k] = m.timeAt(start + k);
            }
            java.util.Arrays.sort(times, 0, count);
            long cut = times[count - hold];
            int left = hold;
            for (int p = start; p < start + count; p++) {
                if (m.timeAt(p) > cut) {
                    held[p] = true;
                    left--;
                }
            }
            for (int p = start + count - 1; p >= start && left > 0; p--) {
                if (m.timeAt(p) == cut) {
                    held[p] = true;
                    left--;
                }
            }
        }
        return new Splits(List.of(new HoldOut(m, held)), withoutTimes);
    }

    private static Splits kFold(RatingMatrix m, int folds, long seed, Progress progress) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] foldOf = new byte[m.size()];
        java.util.Arrays.fill(foldOf, (byte) -1);
        int[] scratch = new int[0];
        for (int u = 0; u < m.userCount(); u++) {
            pause(u, progress);
            int count = m.ratingsOfUser(u);
            if (count < 2) {
                continue;
            }
            if (scratch.length < count) {
                scratch = new int[Math.max(count, 2 * scratch.length)];
            }
            shuffleInto(scratch, m.userStart(u), count, random);
            int first = random.nextInt(folds);
            for (int k = 0; k < count; k++) {
                foldOf[scratch[k]] = (byte) ((first + k) % folds);
            }
        }
        List<HoldOut> out = new ArrayList<>(folds);
        for (int f = 0; f < folds; f++) {
            progress.checkCancelled();
            boolean[] held = new boolean[m.size()];
            for (int p = 0; p < held.length; p++) {
                held[p] = foldOf[p] == f;
            }
            out.add(new HoldOut(m, held));
        }
        return new Splits(out, 0);
    }

    /** Writes positions {@code start .. start+count-1} into {@code into[0..count-1]} in a random order. */
    private static void shuffleInto(int[] into, int start, int count, SplittableRandom random) {
        for (int k = 0; k < count; k++) {
            into[k] = start + k;
        }
        for (int k = count - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            int t = into[k];
            into[k] = into[j];
            into[j] = t;
        }
    }

    private static void pause(int user, Progress progress) {
        if ((user & 1023) == 0) {
            progress.checkCancelled();
        }
    }
}
