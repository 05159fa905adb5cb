package org.crmworkbench.data.imports;

/**
 * Guesses a CSV file's field separator from its first lines: the candidate (comma, semicolon, tab, bar) that
 * appears the same, non-zero number of times on most lines outside quotes, preferring the one with more fields.
 *
 * <p>Written here because the CSV library reads but does not guess; it is a few dozen lines.
 */
final class DelimiterSniffer {
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int MAX_LINES = 30;

    private DelimiterSniffer() {
    }

    static char sniff(CharSequence sample) {
        int[][] counts = new int[CANDIDATES.length][MAX_LINES];
        int lines = 0;
        boolean quoted = false;
        int[] current = new int[CANDIDATES.length];
        for (int i = 0; i < sample.length() && lines < MAX_LINES; i++) {
            char ch = sample.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                if (ch == '\r' && i + 1 < sample.length() && sample.charAt(i + 1) == '\n') {
                    i++;
                }
                for (int c = 0; c < CANDIDATES.length; c++) {
                    counts[c][lines] = current[c];
                    current[c] = 0;
                }
                lines++;
            } else if (!quoted) {
                for (int c = 0; c < CANDIDATES.length; c++) {
                    if (ch == CANDIDATES[c]) {
                        current[c]++;
                    }
                }
            }
        }
        if (lines < MAX_LINES && anyPositive(current)) {
            for (int c = 0; c < CANDIDATES.length; c++) {
                counts[c][lines] = current[c];
            }
            lines++;
        }
        char best = ',';
        double bestScore = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            double score = score(counts[c], lines);
            if (score > bestScore) {
                bestScore = score;
                best = CANDIDATES[c];
            }
        }
        return best;
    }

    /** Share of lines agreeing with the header's count, times a small bonus for more fields. */
    private static double score(int[] counts, int lines) {
        if (lines == 0 || counts[0] == 0) {
            return 0;
        }
        int agree = 0;
        for (int l = 0; l < lines; l++) {
            if (counts[l] == counts[0]) {
                agree++;
            }
        }
        return (double) agree / lines + 0.001 * counts[0];
    }

    private static boolean anyPositive(int[] values) {
        for (int v : values) {
            if (v > 0) {
                return true;
            }
        }
        return false;
    }
}
