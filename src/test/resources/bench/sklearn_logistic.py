"""Times scikit-learn's LogisticRegression (penalty=None, lbfgs) on planted data of the ChurnBenchmark's shape.

Usage: python3 sklearn_logistic.py ROWS [ROWS ...]; prints "rows milliseconds" per size (median of 5 fits).
"""
import sys
import time

import numpy as np
from sklearn.linear_model import LogisticRegression

COLS = 10
for rows in map(int, sys.argv[1:]):
    rng = np.random.default_rng(7)
    x = rng.standard_normal((rows, COLS))
    eta = -1 + x @ np.linspace(1.0, -0.5, COLS)
    y = (rng.random(rows) < 1 / (1 + np.exp(-eta))).astype(float)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        LogisticRegression(penalty=None, solver="lbfgs", tol=1e-8, max_iter=1000).fit(x, y)
        times.append((time.perf_counter() - start) * 1000)
    print(rows, sorted(times)[2])
