"""Makes the DBSCAN/PCA fixtures of DensityClusteringTest once (run with /usr/bin/python3, scikit-learn 1.2.1).

Each CSV holds the rounded coordinates and, last, scikit-learn's DBSCAN label for the row computed on exactly
those rounded values. The PCA explained-variance ratios printed at the end are pasted into PcaProjectionTest.
"""
import numpy as np
from sklearn.cluster import DBSCAN
from sklearn.decomposition import PCA

rng = np.random.default_rng(7)


def write(name, x, eps, min_samples):
    labels = DBSCAN(eps=eps, min_samples=min_samples).fit(x).labels_
    with open(name, "w") as f:
        f.write("# eps=%r min_samples=%d sklearn DBSCAN labels in the last column\n" % (eps, min_samples))
        for row, label in zip(x, labels):
            f.write(",".join(repr(float(v)) for v in row) + ",%d\n" % label)
    sizes = np.bincount(labels[labels >= 0])
    print(name, "clusters", len(sizes), "sizes", sizes.tolist(), "noise", int((labels < 0).sum()))
    return labels


# 2-D: three blobs of 150 (sd 0.3) and 60 scattered rows, shuffled
centres = np.array([[0.0, 0.0], [3.0, 3.0], [-3.0, 2.5]])
blobs = np.vstack([c + 0.3 * rng.standard_normal((150, 2)) for c in centres])
noise = rng.uniform(-6, 6, (60, 2))
x2 = np.round(np.vstack([blobs, noise])[rng.permutation(510)], 6)
write("dbscan2d.csv", x2, 0.3, 5)

# 5-D: four blobs of 120 (sd 0.4) and 80 scattered rows, shuffled
centres5 = rng.uniform(-5, 5, (4, 5))
blobs5 = np.vstack([c + 0.4 * rng.standard_normal((120, 5)) for c in centres5])
noise5 = rng.uniform(-8, 8, (80, 5))
x5 = np.round(np.vstack([blobs5, noise5])[rng.permutation(560)], 6)
write("dbscan5d.csv", x5, 1.0, 6)

print("PCA explained_variance_ratio_ of dbscan5d (first two):",
      repr(PCA(n_components=2).fit(x5).explained_variance_ratio_.tolist()))
