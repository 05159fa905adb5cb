"""Reference figures for the churn (classification) tests: statsmodels Logit and scikit-learn AUC / AP.

Run offline: /usr/bin/python3 churn_reference.py (numpy, statsmodels 0.13.5, scikit-learn 1.2.1).
The data are made from integer arithmetic only, so LogisticAgreementTest and RocAnalysisTest rebuild them exactly.
"""
import numpy as np
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, average_precision_score


def unit(i):
    return ((i * 2654435761 + 12345) % 2**32) / 2**32


def logit_data(n=400):
    a = np.array([((i * 7919 + 13) % 1000) / 100.0 - 5 for i in range(n)])
    b = np.array([((i * 104729 + 7) % 997) / 997.0 * 4 for i in range(n)])
    c = np.array([1.0 if i % 3 == 0 else 0.0 for i in range(n)])
    eta = -0.5 + 0.6 * a - 0.8 * b + 1.0 * c
    p = 1 / (1 + np.exp(-eta))
    y = np.array([1.0 if unit(i) < p[i] else 0.0 for i in range(n)])
    return np.column_stack([a, b, c]), y


def tied_scores(n=300):
    s = np.array([((i * 37 + 11) % 10) / 10.0 for i in range(n)])
    y = np.array([1 if unit(i + 1000) < 0.15 + 0.6 * s[i] else 0 for i in range(n)])
    return s, y


x, y = logit_data()
fit = sm.Logit(y, sm.add_constant(x)).fit(disp=0, tol=1e-12, maxiter=100)
print("positives", int(y.sum()))
for name, values in [("params", fit.params), ("bse", fit.bse), ("tvalues", fit.tvalues), ("pvalues", fit.pvalues)]:
    print(name, ", ".join(repr(float(v)) for v in values))
ci = fit.conf_int()
print("lower", ", ".join(repr(float(v)) for v in ci[:, 0]))
print("upper", ", ".join(repr(float(v)) for v in ci[:, 1]))

s, t = tied_scores()
print("tied positives", int(t.sum()))
print("auc", repr(roc_auc_score(t, s)))
print("ap", repr(average_precision_score(t, s)))
