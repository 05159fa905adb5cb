"""In-domain reference for EnglishSentimentAccuracyTest: a TF-IDF logistic regression on VADER's ground-truth review
snippets (assets/public/vader-ground-truth), scored by 5-fold stratified cross-validation.

Labels: mean human rating > 0 positive, < 0 negative, 0 dropped. Features: word 1- and 2-grams, TF-IDF
(scikit-learn defaults otherwise); classifier: LogisticRegression with its default C = 1.
Run from the project directory:  python3 src/test/resources/reference/vader/tfidf_lr_reference.py
Its output is kept next to it as tfidf_lr_reference.txt.
"""
import gzip
import sys

import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline

BASE = "assets/public/vader-ground-truth/"


def read(name):
    texts, labels = [], []
    with gzip.open(BASE + name, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line:
                continue
            _, rating, text = line.split("\t", 2)
            r = float(rating)
            if r == 0:
                continue
            texts.append(text)
            labels.append(1 if r > 0 else 0)
    return texts, np.array(labels)


print("scikit-learn", sklearn.__version__, "python", sys.version.split()[0])
for name in ["amazonReviewSnippets_GroundTruth.txt.gz", "movieReviewSnippets_GroundTruth.txt.gz"]:
    texts, y = read(name)
    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2)), LogisticRegression(max_iter=1000))
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    scores = cross_val_score(model, texts, y, cv=folds, scoring="accuracy")
    print(f"{name}: {len(y)} texts ({int(y.sum())} positive), TF-IDF LR 5-fold accuracy "
          f"{scores.mean():.4f} (folds {' '.join(f'{s:.4f}' for s in scores)}), majority class {max(y.mean(), 1 - y.mean()):.4f}")
