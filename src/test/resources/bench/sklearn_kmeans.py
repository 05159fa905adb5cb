"""Reference timings for SegmentBenchmark (CRM Workbench): scikit-learn's Lloyd k-means from given centres and its
sampled silhouette, on the data the benchmark wrote. Usage: sklearn_kmeans.py DATA.csv CENTRES.csv MAX_ITER ROUNDS
SAMPLE. Prints key=value lines."""
import sys
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score

data_path, centres_path, max_iter, rounds, sample = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
X = np.loadtxt(data_path, delimiter=",")
C = np.loadtxt(centres_path, delimiter=",")
print(f"version={sklearn.__version__}")
best = float("inf")
model = None
for _ in range(rounds):
    km = KMeans(n_clusters=C.shape[0], init=C, n_init=1, max_iter=max_iter, tol=0, algorithm="lloyd")
    t0 = time.perf_counter()
    km.fit(X)
    elapsed = time.perf_counter() - t0
    if elapsed < best:
        best, model = elapsed, km
print(f"kmeans_ms={best * 1000:.3f}")
print(f"kmeans_iterations={model.n_iter_}")
print(f"kmeans_inertia={model.inertia_!r}")
best = float("inf")
value = None
for r in range(rounds):
    t0 = time.perf_counter()
    value = silhouette_score(X, model.labels_, sample_size=sample, random_state=r)
    best = min(best, time.perf_counter() - t0)
print(f"silhouette_ms={best * 1000:.3f}")
print(f"silhouette={value!r}")
