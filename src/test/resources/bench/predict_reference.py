"""Reference timings for PredictBenchmark (run once by hand: /usr/bin/python3 predict_reference.py). Same shapes as
the benchmark (2,000 and 100,000 rows x 10 planted linear features plus noise), numpy's data. Prints the best of 3
wall-clock seconds per fit."""
import time
import numpy as np
import statsmodels.api as sm
from sklearn.linear_model import LassoCV
from sklearn.ensemble import RandomForestRegressor, GradientBoostingRegressor


def best(f, rounds=3):
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


rng = np.random.default_rng(7)
for n in (2000, 100000):
    X = rng.uniform(0, 10, size=(n, 10))
    y = X @ np.arange(1, 11) * 0.1 + rng.normal(0, 1, n)
    Z = (X - X.mean(0)) / X.std(0)
    print("rows %d" % n)
    print("  statsmodels OLS + summary numbers %.4f s" % best(lambda: sm.OLS(y, sm.add_constant(X)).fit().pvalues))
    print("  numpy lstsq %.4f s" % best(lambda: np.linalg.lstsq(np.column_stack([np.ones(n), X]), y, rcond=None)))
    print("  sklearn LassoCV 5 folds 50 alphas %.4f s" % best(lambda: LassoCV(cv=5, n_alphas=50, eps=1e-4).fit(Z, y)))
    trees = 200 if n == 2000 else 50
    print("  sklearn RandomForest %d trees, 1 job %.3f s" % (trees, best(
        lambda: RandomForestRegressor(n_estimators=trees, max_depth=20, min_samples_leaf=5, n_jobs=1,
                                      random_state=1).fit(X, y), 1)))
    print("  sklearn GradientBoosting %d trees, 6 leaves %.3f s" % (trees, best(
        lambda: GradientBoostingRegressor(n_estimators=trees, max_leaf_nodes=6, learning_rate=0.05, subsample=0.7,
                                          random_state=1).fit(X, y), 1)))
