package org.crmworkbench.analysis.text;

import java.util.Locale;
import java.util.Set;

/**
 * Tells English, Chinese and other texts apart from their characters: Han characters against Latin letters, with
 * the scripts of other languages (Cyrillic, Arabic, Japanese kana, Hangul ...) and Latin texts that are not English
 * (by their common function words and accented letters) counted as {@link Language#OTHER}.
 *
 * <p>The script with the most weight wins. A Han character weighs as much as three Latin letters (a Chinese word is
 * about 1.5 characters, an English word about 4.5 letters), so a Chinese review that names "Samsung Galaxy" stays
 * Chinese while an English one that names a Chinese city stays English; kana and Hangul syllables weigh two, letters
 * of other scripts one. A text with kana among its Han characters (two or more, a tenth of the CJK characters) is
 * Japanese, so other. A Latin text is English unless its short function words are more often those of French,
 * Spanish, Portuguese, Italian, German or Dutch than English ones, or, with none of either, one letter in twenty or
 * more carries an accent. One pass over the characters, no regular expressions: it runs on every text.
 */
public final class LanguageDetector {
    private static final int HAN_WEIGHT = 3;
    private static final int SYLLABLE_WEIGHT = 2;
    private static final int LONGEST_FUNCTION_WORD = 5;

    private final Set<String> english = Set.of("the", "a", "an", "and", "or", "but", "is", "are", "was", "were",
            "be", "been", "am", "to", "of", "in", "on", "at", "for", "with", "from", "by", "it", "its", "it's", "this",
            "that", "these", "those", "i", "i'm", "i've", "you", "your", "we", "our", "they", "their", "he", "she",
            "his", "her", "my", "me", "not", "no", "very", "so", "too", "have", "has", "had", "do", "does", "did",
            "don't", "can", "will", "would", "could", "what", "when", "which", "who", "how", "all", "just", "there",
            "here", "than", "then", "if", "as", "up", "out", "about", "again", "more", "much", "after", "good",
            "great", "thank", "thanks", "bad");
    /** Short function words of French, Spanish, Portuguese, Italian, German and Dutch that English lacks. */
    private final Set<String> foreign = Set.of(
            "le", "la", "les", "des", "du", "est", "et", "un", "une", "je", "pas", "que", "qui", "dans", "avec",
            "très", "ce", "il", "elle", "nous", "vous", "sur", "mais", "au", "aux", "ne", "c'est", "j'ai", "bien",
            "été", "trop", "mes", "el", "los", "las", "es", "y", "una", "del", "muy", "por", "para", "con", "pero",
            "lo", "mi", "yo", "está", "muito", "não", "nao", "uma", "com", "os", "é", "mas", "foi", "sí", "fue",
            "todo", "bueno", "bom", "ao", "da", "gli", "è", "di", "che", "molto", "ma", "sono", "ho", "della",
            "anche", "ottimo", "der", "das", "und", "ist", "nicht", "ich", "ein", "eine", "sehr", "mit", "zu", "auf",
            "den", "dem", "sie", "wir", "aber", "auch", "für", "nur", "noch", "wie", "sich", "het", "een", "niet",
            "ik", "zeer", "maar", "dat", "wel", "goed", "voor", "geen");

    /** The language of {@code text}; {@link Language#OTHER} for a text with no letters. */
    public Language detect(String text) {
        if (text == null || text.isEmpty()) {
            return Language.OTHER;
        }
        int han = 0;
        int kana = 0;
        int latin = 0;
        int accented = 0;
        int otherWeight = 0;
        int englishWords = 0;
        int foreignWords = 0;
        int wordStart = -1;
        int wordChars = 0;
        int n = text.length();
        for (int i = 0; i <= n; ) {
            int cp = i < n ? text.codePointAt(i) : ' ';
            int width = Character.charCount(cp);
            boolean latinLetter = false;
            if (cp < 128) {
                latinLetter = (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
            } else if (isHan(cp)) {
                han++;
            } else if (isLatinAccented(cp)) {
                latinLetter = true;
                accented++;
            } else if ((cp >= 0x3041 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff)) {
                if (Character.isLetter(cp)) {
                    kana++;
                }
            } else if ((cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x1100 && cp <= 0x11ff)) {
                otherWeight += SYLLABLE_WEIGHT;
            } else if (cp >= 0xff21 && cp <= 0xff5a && Character.isLetter(cp)) {
                latinLetter = true;
            } else if (Character.isLetter(cp)) {
                otherWeight++;
            }
            if (latinLetter) {
                latin++;
                if (wordStart < 0) {
                    wordStart = i;
                    wordChars = 0;
                }
                wordChars++;
            } else if (wordStart >= 0 && (cp == '\'' || cp == '\u2019') && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1))) {
                wordChars++;
            } else if (wordStart >= 0) {
                if (wordChars <= LONGEST_FUNCTION_WORD) {
                    String word = text.substring(wordStart, i).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
                    if (english.contains(word)) {
                        englishWords++;
                    } else if (foreign.contains(word)) {
                        foreignWords++;
                    }
                }
                wordStart = -1;
            }
            i += width;
        }
        if (kana >= 2 && kana * 10 >= han + kana) {
            return Language.OTHER;
        }
        otherWeight += kana * SYLLABLE_WEIGHT;
        int hanWeight = han * HAN_WEIGHT;
        if (hanWeight == 0 && latin == 0 && otherWeight == 0) {
            return Language.OTHER;
        }
        if (hanWeight >= latin && hanWeight >= otherWeight) {
            return Language.CHINESE;
        }
        if (otherWeight > latin) {
            return Language.OTHER;
        }
        if (foreignWords > englishWords) {
            return Language.OTHER;
        }
        if (englishWords == 0 && foreignWords == 0 && accented >= 2 && accented * 20 >= latin) {
            return Language.OTHER;
        }
        return Language.ENGLISH;
    }

    /** CJK ideographs: unified, extension A, compatibility, and the supplementary extensions. */
    private static boolean isHan(int cp) {
        return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff)
                || (cp >= 0x20000 && cp <= 0x3134f) || cp == 0x3007;
    }

    /** Latin letters beyond ASCII: Latin-1, Latin Extended A and B, and Latin Extended Additional (Vietnamese). */
    private static boolean isLatinAccented(int cp) {
        return (cp >= 0xc0 && cp <= 0x24f && cp != 0xd7 && cp != 0xf7) || (cp >= 0x1e00 && cp <= 0x1eff);
    }
}
