"""Reference values for OlsSummaryAgreementTest and PenalisedRegressionTest (run offline, numbers pasted into the
tests). /usr/bin/python3, statsmodels 0.13.5, scikit-learn 1.2.1, numpy. The data are deterministic formulas that
the Java tests compute the same way (no random generator to reproduce)."""
import math
import numpy as np
import statsmodels.api as sm
from sklearn.linear_model import Lasso, Ridge

np.set_printoptions(precision=17)


def ols_data(n=60):
    regions = ["East", "North", "South"]
    effect = {"East": 0.0, "North": 2.0, "South": -1.0}
    rows = []
    for i in range(n):
        x1 = 10 * math.sin(0.7 * i) + 0.05 * i
        x2 = ((i * 37) % 101) / 10
        region = regions[(i * 7 + i // 5) % 3]
        noise = 2 * math.sin(1.3 * i + math.cos(i))
        y = 3 + 1.5 * x1 - 0.8 * x2 + effect[region] + noise
        rows.append((x1, x2, region, y))
    return rows


def penalised_data(n=200):
    rows = []
    for i in range(n):
        x = [(j + 1) * math.sin(i * (0.37 + 0.23 * j) + j) + 0.01 * i * (j % 2) for j in range(5)]
        noise = math.sin(2.1 * i + math.cos(0.5 * i))
        y = 4 + 2 * x[0] - 1 * x[1] + 0 * x[2] + 0.5 * x[3] + 0 * x[4] + noise
        rows.append((x, y))
    return rows


def java(name, values):
    print("    private static final double[] %s = {%s};" % (name, ", ".join(repr(float(v)) for v in values)))


rows = ols_data()
X = np.array([[r[0], r[1], 1.0 if r[2] == "North" else 0.0, 1.0 if r[2] == "South" else 0.0] for r in rows])
y = np.array([r[3] for r in rows])
fit = sm.OLS(y, sm.add_constant(X)).fit()
ci = fit.conf_int(0.05)
java("SM_ESTIMATE", fit.params)
java("SM_SE", fit.bse)
java("SM_T", fit.tvalues)
java("SM_P", fit.pvalues)
java("SM_LOWER", ci[:, 0])
java("SM_UPPER", ci[:, 1])
java("SM_MODEL", [fit.rsquared, fit.rsquared_adj, math.sqrt(fit.mse_resid), fit.fvalue, fit.f_pvalue])

rows = penalised_data()
X = np.array([r[0] for r in rows])
y = np.array([r[1] for r in rows])
n = len(y)
mean = X.mean(axis=0)
sd = X.std(axis=0)  # divides by n
Z = (X - mean) / sd
for label, model, lam in (("LASSO", Lasso(alpha=0.1, tol=1e-14, max_iter=1_000_000), 0.1),
                          ("RIDGE", Ridge(alpha=n * 0.5, tol=1e-14), 0.5)):
    model.fit(Z, y)
    coef = model.coef_ / sd
    intercept = model.intercept_ - np.dot(coef, mean)
    java("SK_" + label, [intercept] + list(coef))
