"""Makes vader_agreement.csv for EnglishSentimentAgreementTest: the scores of the reference vaderSentiment (Python,
github.com/cjhutto/vaderSentiment, commit 44fc044) for the sentences in agreement_sentences.txt and the English texts
of assets/sample/feedback.csv.

vaderSentiment is not part of this project: put its vaderSentiment.py with vader_lexicon.txt and
emoji_utf8_lexicon.txt in a directory and run, from the project directory,
    python3 src/test/resources/reference/vader/vader_agreement.py DIR
"""
import csv
import sys

sys.path.insert(0, sys.argv[1])
from vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

HERE = "src/test/resources/reference/vader/"
texts = []
with open(HERE + "agreement_sentences.txt", encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            texts.append(line)
with open("assets/sample/feedback.csv", encoding="utf-8", newline="") as f:
    for row in csv.DictReader(f):
        if row["language"] == "en":
            texts.append(row["text"])
seen = set()
analyzer = SentimentIntensityAnalyzer()
with open(HERE + "vader_agreement.csv", "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["text", "neg", "neu", "pos", "compound"])
    for t in texts:
        if t in seen:
            continue
        seen.add(t)
        s = analyzer.polarity_scores(t)
        w.writerow([t, s["neg"], s["neu"], s["pos"], s["compound"]])
print(len(seen), "texts")
