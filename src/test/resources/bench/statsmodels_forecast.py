"""Times statsmodels 0.13.5 fits for ForecastBenchmark (run once offline with /usr/bin/python3; figures quoted there).

Series like the benchmark's: monthly multiplicative seasonality with 1% growth and 3% noise (36, 120 periods) and
weekly with a sine season of 52 (156, 520 periods). Fits: ExponentialSmoothing(trend='add', seasonal='add'/'mul',
initialization_method='heuristic' when two seasons allow, else 'legacy-heuristic'); SARIMAX(1,0,1)(0,1,1)[m] by
exact likelihood (one fixed order, not an order search). Median of a few runs, milliseconds.
"""
import time
import warnings
import numpy as np
from statsmodels.tsa.holtwinters import ExponentialSmoothing
from statsmodels.tsa.statespace.sarimax import SARIMAX

warnings.simplefilter("ignore")
FACTORS = np.array([0.85, 0.88, 0.95, 1.00, 1.02, 0.98, 0.92, 0.90, 1.00, 1.10, 1.30, 1.60])


def series(n, m, seed):
    rng = np.random.default_rng(seed)
    t = np.arange(n)
    factor = FACTORS[t % 12] if m == 12 else 1 + 0.3 * np.sin(2 * np.pi * t / m)
    return 1000 * 1.01 ** (t * 12 / m) * factor * (1 + 0.03 * rng.standard_normal(n))


def timed(f, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return 1000 * float(np.median(times))


for name, n, m in (("monthly", 36, 12), ("monthly", 120, 12), ("weekly", 156, 52), ("weekly", 520, 52)):
    y = series(n, m, 7)
    init = "heuristic" if n >= 2 * m + 10 and n >= 4 * m else "legacy-heuristic"
    add = timed(lambda: ExponentialSmoothing(y, trend="add", seasonal="add", seasonal_periods=m,
                                             initialization_method=init).fit(), 5)
    mul = timed(lambda: ExponentialSmoothing(y, trend="add", seasonal="mul", seasonal_periods=m,
                                             initialization_method=init).fit(), 5)
    runs = 1 if m == 52 else 3
    arima = timed(lambda: SARIMAX(y, order=(1, 0, 1), seasonal_order=(0, 1, 1, m)).fit(disp=False), runs)
    print(f"{name} {n}: hw-add {add:.1f} ms, hw-mult {mul:.1f} ms, sarimax(1,0,1)(0,1,1)[{m}] {arima:.1f} ms")
