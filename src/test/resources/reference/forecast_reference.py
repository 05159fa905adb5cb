"""Reference numbers for ForecastReferenceTest (statsmodels 0.13.5, numpy; run offline with /usr/bin/python3).

Prints the test series (rounded to 2 decimals, embedded in the Java test) and statsmodels' fits:
- ExponentialSmoothing(trend='add', seasonal='add'/'mul') on y[m:] with the initial states fixed (fix_params) to
  the classical two-season heuristic values the Java HoltWinters uses, so both minimise the same SSE over the
  same periods under the same bounds (beta <= alpha, gamma <= 1 - alpha). ('known' initialization does not do
  this in 0.13.5: fit() re-estimates the initial level and seasonals.) The SSE of 'estimated' is printed for
  context only (it sums all periods);
- SARIMAX(1,1,1)(0,1,1)[12] by exact maximum likelihood.
"""
import time
import warnings
import numpy as np
from statsmodels.tsa.holtwinters import ExponentialSmoothing
from statsmodels.tsa.statespace.sarimax import SARIMAX

warnings.simplefilter("ignore")
M = 12
FACTORS = np.array([0.85, 0.88, 0.95, 1.00, 1.02, 0.98, 0.92, 0.90, 1.00, 1.10, 1.30, 1.60])


def heuristic(y, m, mul):
    mean1, mean2 = y[:m].mean(), y[m:2 * m].mean()
    b = (mean2 - mean1) / m
    level = mean1 + b * (m - 1) / 2
    line = mean1 + b * (np.arange(m) - (m - 1) / 2)
    s = y[:m] / line if mul else y[:m] - line
    if mul:
        s = s / s.mean()
    return level, b, s


def jarr(name, v):
    print(f"    static final double[] {name} = {{")
    for i in range(0, len(v), 8):
        print("        " + ", ".join(f"{x:.2f}" for x in v[i:i + 8]) + ",")
    print("    };")


rng = np.random.default_rng(20261123)
t = np.arange(96)
mul_series = np.round(1000 * (1.01 ** t) * FACTORS[t % M] * (1 + 0.02 * rng.standard_normal(96)), 2)
add_series = np.round(500 + 3 * t + np.cumsum(8 * rng.standard_normal(96)) + 80 * np.sin(2 * np.pi * t / M)
                      + 40 * np.cos(4 * np.pi * t / M) + 10 * rng.standard_normal(96), 2)
jarr("MUL_SERIES", mul_series)
jarr("ADD_SERIES", add_series)

for name, y, seasonal in (("add", add_series, "add"), ("mul", mul_series, "mul")):
    level, b, s = heuristic(y, M, seasonal == "mul")
    model = ExponentialSmoothing(y[M:], trend="add", seasonal=seasonal, seasonal_periods=M,
                                 initialization_method="estimated")
    fixed = {"initial_level": level, "initial_trend": b}
    fixed.update({f"initial_seasonal.{i}": s[i] for i in range(M)})
    start = time.perf_counter()
    with model.fix_params(fixed):
        fit = model.fit()
    took = time.perf_counter() - start
    est = ExponentialSmoothing(y, trend="add", seasonal=seasonal, seasonal_periods=M,
                               initialization_method="estimated").fit()
    p = fit.params
    print(f"hw-{name}: alpha={p['smoothing_level']:.6f} beta={p['smoothing_trend']:.6f} "
          f"gamma={p['smoothing_seasonal']:.6f} sse={fit.sse:.6f} (estimated-init sse over all {len(y)}: "
          f"{est.sse:.4f}) fit {took * 1000:.1f} ms")

# SARIMAX reference series: (1,1,1)(0,1,1)[12], phi=0.6, theta=0.4, Theta=-0.6, sigma=1, 240 periods
n = 240
e = rng.standard_normal(n + 200)
w = np.zeros(n + 200)
for i in range(13, n + 200):
    w[i] = 0.6 * w[i - 1] + e[i] + 0.4 * e[i - 1] - 0.6 * e[i - 12] - 0.24 * e[i - 13]
w = w[200:]
y = np.zeros(n)
for i in range(n):
    y[i] = w[i] + (y[i - 1] if i >= 1 else 0) + (y[i - 12] if i >= 12 else 0) - (y[i - 13] if i >= 13 else 0)
y = np.round(y + 100, 2)
jarr("ARIMA_SERIES", y)
res = SARIMAX(y, order=(1, 1, 1), seasonal_order=(0, 1, 1, 12)).fit(disp=False)
print("sarimax:", {k: round(float(v), 4) for k, v in zip(res.param_names, res.params)})
