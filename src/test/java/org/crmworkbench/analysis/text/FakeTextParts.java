package org.crmworkbench.analysis.text;

/** A {@link TextAnalyzer} made of the tests' stand-in models, independent of the shipped ones. */
final class FakeTextParts {
    private FakeTextParts() {
    }

    /** Han characters make a text Chinese, Latin letters English, anything else other. */
    static Language detect(String text) {
        if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return Language.CHINESE;
        }
        return text.chars().anyMatch(c -> c < 128 && Character.isLetter(c)) ? Language.ENGLISH : Language.OTHER;
    }

    static TextAnalyzer analyzer(LanguageChoice choice) {
        return new TextAnalyzer(choice, FakeTextParts::detect, new SpaceTokenizer(), WordListSentiment.english(),
                new DictionaryTokenizer(), WordListSentiment.chinese(), AspectTerms.load());
    }
}
