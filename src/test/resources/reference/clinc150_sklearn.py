"""Reference figures for the assistant's matcher on CLINC150 (assets/public/clinc150, CC BY 3.0).

scikit-learn's LinearSVC and LogisticRegression on the same kind of features as IntentMatcherTrainer: lower-case
words (runs of letters and digits, inner apostrophes and hyphens kept, as EnglishTokenizer splits them; stop words
kept), word pairs, and character 2- to 5-grams of each word padded with a space on each side; one sublinear TF-IDF
vector (smoothed idf, unit length). Train = train + oos_train, settings compared on val + oos_val, the chosen ones
reported on test; accuracy is top-1 over the in-scope questions (out-of-scope is the 151st class, the paper's
oos-train setting). Not part of the Maven build.

    pip install --no-index --find-links /opt/pypi/files scikit-learn
    python3 src/test/resources/reference/clinc150_sklearn.py
"""
import gzip
import json
import re
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC

WORD = re.compile(r"[^\W_]+(?:['\u2019\-\u2010][^\W_]+)*")


def terms(question):
    words = [w.replace("\u2019", "'").lower() for w in WORD.findall(question)]
    out = ["w:" + w for w in words]
    out += ["b:" + a + " " + b for a, b in zip(words, words[1:])]
    for w in words:
        padded = " " + w + " "
        for n in range(2, 6):
            out += ["c:" + padded[i:i + n] for i in range(len(padded) - n + 1)]
    return out


def main(path="assets/public/clinc150/data_full.json.gz"):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        data = json.load(f)
    split = {name: data[name] + data["oos_" + name] for name in ("train", "val", "test")}
    vectorizer = TfidfVectorizer(analyzer=terms, sublinear_tf=True, lowercase=False)
    x_train = vectorizer.fit_transform([q for q, _ in split["train"]])
    y_train = [i for _, i in split["train"]]
    print(f"features: {x_train.shape[1]:,}")

    def in_scope_accuracy(model, name):
        rows = [(q, i) for q, i in split[name] if i != "oos"]
        predicted = model.predict(vectorizer.transform([q for q, _ in rows]))
        return sum(p == i for p, (_, i) in zip(predicted, rows)) / len(rows)

    for label, make, grid in (("LinearSVC (squared hinge, one-vs-rest)", lambda c: LinearSVC(C=c), (0.5, 1, 2)),
                              ("LogisticRegression (multinomial, lbfgs)",
                               lambda c: LogisticRegression(C=c, max_iter=1000), (10, 30, 100))):
        best = None
        for c in grid:
            start = time.perf_counter()
            model = make(c).fit(x_train, y_train)
            seconds = time.perf_counter() - start
            val = in_scope_accuracy(model, "val")
            print(f"{label} C={c}: fit {seconds:.1f} s, val in-scope accuracy {val:.4f}")
            if best is None or val > best[0]:
                best = (val, c, model)
        print(f"{label} chosen C={best[1]}: test in-scope accuracy {in_scope_accuracy(best[2], 'test'):.4f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main(*sys.argv[1:])
