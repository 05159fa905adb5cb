package org.crmworkbench.analysis.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text as VADER reads it: emoji replaced by their descriptions, split at white space, each piece stripped of the
 * ASCII punctuation around it unless that leaves two characters or fewer (so that emoticons such as ":)" survive).
 * Every piece keeps the span it came from in the original text, for highlighting. Python's rules are followed where
 * Java's differ: white space is Python's {@code str.isspace}, capitals are {@code str.isupper}, lengths count code
 * points.
 */
final class VaderText {
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    final String[] words;
    final String[] lower;
    final boolean[] upper;
    final int[] start;
    final int[] end;
    final int size;
    /** Whether some but not all words are in capitals (VADER's condition for capitals to count). */
    final boolean capsDiffer;
    final int exclamations;
    final int questions;

    VaderText(String original, VaderLexicon lexicon) {
        String text = original;
        int[] from = null;
        int[] to = null;
        if (hasEmoji(original, lexicon)) {
            Replacement r = new Replacement(original.length() + 64);
            boolean afterSpace = true;
            for (int i = 0; i < original.length(); ) {
                int cp = original.codePointAt(i);
                int n = Character.charCount(cp);
                String description = lexicon.emojiDescription(cp);
                if (description != null) {
                    if (!afterSpace) {
                        r.add(' ', i, i + n);
                    }
                    for (int k = 0; k < description.length(); k++) {
                        r.add(description.charAt(k), i, i + n);
                    }
                    afterSpace = false;
                } else {
                    for (int k = 0; k < n; k++) {
                        r.add(original.charAt(i + k), i + k, i + k + 1);
                    }
                    afterSpace = cp == ' ';
                }
                i += n;
            }
            text = r.text.toString();
            from = r.from;
            to = r.to;
        }
        int exclaim = 0;
        int question = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!') {
                exclaim++;
            } else if (c == '?') {
                question++;
            }
        }
        exclamations = exclaim;
        questions = question;

        int cap = 8;
        String[] w = new String[cap];
        int[] s = new int[cap];
        int[] e = new int[cap];
        int count = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            while (i < len && isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= len) {
                break;
            }
            int tokenStart = i;
            while (i < len && !isSpace(text.charAt(i))) {
                i++;
            }
            int tokenEnd = i;
            int a = tokenStart;
            int b = tokenEnd;
            while (a < b && PUNCTUATION.indexOf(text.charAt(a)) >= 0) {
                a++;
            }
            while (b > a && PUNCTUATION.indexOf(text.charAt(b - 1)) >= 0) {
                b--;
            }
            if (text.codePointCount(a, b) <= 2) {
                a = tokenStart;
                b = tokenEnd;
            }
            if (count == cap) {
                cap *= 2;
                w = Arrays.copyOf(w, cap);
                s = Arrays.copyOf(s, cap);
                e = Arrays.copyOf(e, cap);
            }
            w[count] = text.substring(a, b);
            s[count] = from == null ? a : from[a];
            e[count] = to == null ? b : to[b - 1];
            count++;
        }
        size = count;
        words = w;
        start = s;
        end = e;
        lower = new String[count];
        upper = new boolean[count];
        int capitals = 0;
        for (int k = 0; k < count; k++) {
            lower[k] = w[k].toLowerCase(Locale.ROOT);
            upper[k] = isUpper(w[k]);
            if (upper[k]) {
                capitals++;
            }
        }
        capsDiffer = capitals > 0 && capitals < count;
    }

    private static boolean hasEmoji(String text, VaderLexicon lexicon) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (lexicon.emojiDescription(cp) != null) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** The text with emoji replaced, each character with the span of the original it stands for. */
    private static final class Replacement {
        final StringBuilder text;
        int[] from;
        int[] to;

        Replacement(int capacity) {
            text = new StringBuilder(capacity);
            from = new int[capacity];
            to = new int[capacity];
        }

        void add(char c, int a, int b) {
            int k = text.length();
            if (k == from.length) {
                from = Arrays.copyOf(from, k * 2);
                to = Arrays.copyOf(to, k * 2);
            }
            from[k] = a;
            to[k] = b;
            text.append(c);
        }
    }

    /** Python's {@code str.isspace} for one UTF-16 unit (no white space lies outside the basic plane). */
    static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || Character.isSpaceChar(c);
    }

    /** Python's {@code str.isupper}: some cased letter, and none in lower or title case. */
    static boolean isUpper(String word) {
        boolean cased = false;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            if (!cased && Character.isUpperCase(cp)) {
                cased = true;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }
}
