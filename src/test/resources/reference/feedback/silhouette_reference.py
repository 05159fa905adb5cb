"""Reference figures for TopicClusteringTest: scikit-learn's silhouette with the cosine metric, and its TF-IDF
(sublinear tf, smoothed idf, L2 norm) - the same weighting TopicClustering uses.

Run: python3 silhouette_reference.py   (scikit-learn 1.9.1)
"""
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import silhouette_score

X = np.array([[1.0, 0.1, 0.0], [0.9, 0.2, 0.1], [1.0, 0.0, 0.3],
              [0.1, 1.0, 0.0], [0.0, 0.8, 0.2], [0.3, 1.0, 0.1],
              [0.0, 0.1, 1.0], [0.2, 0.3, 0.9]])
labels = [0, 0, 0, 1, 1, 1, 2, 2]
print("points silhouette %.12f" % silhouette_score(X, labels, metric="cosine"))
print("mixed silhouette %.12f" % silhouette_score(X, [0, 1, 0, 1, 0, 1, 2, 2], metric="cosine"))

docs = [["late", "delivery", "late", "courier"], ["late", "delivery", "slow"], ["slow", "courier", "delivery"],
        ["quality", "great", "stitching"], ["quality", "great", "great"], ["quality", "sturdy", "stitching"],
        ["sturdy", "delivery"]]
n = len(docs)
vectorizer = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True, smooth_idf=True, norm="l2", min_df=2,
                             max_df=n - 1)
T = vectorizer.fit_transform(docs)
print("vocabulary", sorted(vectorizer.vocabulary_))
print("docs silhouette %.12f" % silhouette_score(T, [0, 0, 0, 1, 1, 1, 1], metric="cosine"))
