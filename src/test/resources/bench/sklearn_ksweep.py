"""Reference for KSweepBenchmark (CRM Workbench): the k sweep of `workbench segment --input FILE --k A..B` done with
scikit-learn, timed by the benchmark as a whole process (interpreter start and imports included). Reads the CSV (a
header line, an id column, then the numeric features), standardises every feature (z-scores), fits
KMeans(n_clusters=k, n_init=RESTARTS, max_iter=100, tol=1e-4) for every k from A to B and scores each fit by
silhouette_score on a SAMPLE-row sample, Davies-Bouldin and Calinski-Harabasz. tol=1e-4 stops when the squared
centre moves add up to at most 1e-4 (the mean variance is 1 after standardising): never looser than the workbench's
sweep rule (no centre moving more than 0.01, at most 100 iterations).
Usage: sklearn_ksweep.py DATA.csv A B RESTARTS SAMPLE SEED. Prints one key=value line per k and the suggested k by
silhouette."""
import sys

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score, silhouette_score
from sklearn.preprocessing import StandardScaler

path, k_min, k_max, restarts, sample, seed = (sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]),
                                               int(sys.argv[5]), int(sys.argv[6]))
with open(path, encoding="utf-8") as f:
    columns = f.readline().rstrip("\n").split(",")
X = np.loadtxt(path, delimiter=",", skiprows=1, usecols=range(1, len(columns)))
X = StandardScaler().fit_transform(X)
best_k, best_silhouette = None, -2.0
for k in range(k_min, k_max + 1):
    km = KMeans(n_clusters=k, n_init=restarts, max_iter=100, tol=1e-4, random_state=seed + k).fit(X)
    s = silhouette_score(X, km.labels_, sample_size=min(sample, X.shape[0]), random_state=seed)
    db = davies_bouldin_score(X, km.labels_)
    ch = calinski_harabasz_score(X, km.labels_)
    print(f"k={k} inertia={km.inertia_!r} iterations={km.n_iter_} silhouette={s:.6f} db={db:.6f} ch={ch:.3f}")
    if s > best_silhouette:
        best_k, best_silhouette = k, s
print(f"rows={X.shape[0]} cols={X.shape[1]} best_silhouette_k={best_k}")
