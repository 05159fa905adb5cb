"""scikit-learn reference for DensityBenchmark: DBSCAN on the benchmark's data, timed here.

Usage: python3 sklearn_dbscan.py DATA ROWS COLS EPS MIN_SAMPLES LABELS_OUT
DATA holds ROWS x COLS little-endian float64 values, row after row. Prints one line
"seconds=<fit time> clusters=<count> noise=<count> version=<sklearn version>" and writes the labels to LABELS_OUT
as little-endian int32. Exits with status 3 when scikit-learn is not installed.
"""
import sys
import time

try:
    import numpy as np
    import sklearn
    from sklearn.cluster import DBSCAN
except ImportError as e:
    print("missing=%s" % e)
    sys.exit(3)

path, rows, cols, eps, min_samples, out = sys.argv[1:7]
x = np.fromfile(path, dtype="<f8").reshape(int(rows), int(cols))
t0 = time.perf_counter()
labels = DBSCAN(eps=float(eps), min_samples=int(min_samples)).fit(x).labels_
seconds = time.perf_counter() - t0
labels.astype("<i4").tofile(out)
print("seconds=%.4f clusters=%d noise=%d version=%s"
      % (seconds, labels.max() + 1, int((labels < 0).sum()), sklearn.__version__))
