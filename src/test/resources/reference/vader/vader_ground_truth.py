"""Makes vader_ground_truth.csv.gz for EnglishSentimentAccuracyTest: the compound score of the reference
vaderSentiment (Python, github.com/cjhutto/vaderSentiment, commit 44fc044) for every text of the two ground-truth
files under assets/public/vader-ground-truth (file, id, compound), and prints its binary accuracy there.

Put vaderSentiment.py with vader_lexicon.txt and emoji_utf8_lexicon.txt in a directory and run, from the project
directory:  python3 src/test/resources/reference/vader/vader_ground_truth.py DIR
"""
import csv
import gzip
import io
import sys

sys.path.insert(0, sys.argv[1])
from vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

analyzer = SentimentIntensityAnalyzer()
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["file", "id", "compound"])
for name in ["amazonReviewSnippets_GroundTruth.txt.gz", "movieReviewSnippets_GroundTruth.txt.gz"]:
    n = correct = 0
    with gzip.open("assets/public/vader-ground-truth/" + name, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line:
                continue
            ident, rating, text = line.split("\t", 2)
            compound = analyzer.polarity_scores(text)["compound"]
            w.writerow([name, ident, compound])
            r = float(rating)
            if r != 0:
                n += 1
                correct += (compound > 0) == (r > 0)
    print(f"{name}: {n} texts, vaderSentiment accuracy {correct / n:.4f}")
with gzip.GzipFile("src/test/resources/reference/vader/vader_ground_truth.csv.gz", "wb", mtime=0) as g:
    g.write(out.getvalue().encode("utf-8"))
