"""Reference numbers for RandomInterceptModelTest: REML for y = X beta + u[g] + e by brute force.

Independent of the Java code's profiling: dense V = s2 * I + su2 * Z Z', the restricted log-likelihood
-2 l_R = log|V| + log|X' V^-1 X| + r' V^-1 r + (n - p) log(2 pi), minimised over (log su, log s) jointly with
scipy's Nelder-Mead, beta the GLS estimate. Writes the simulated data to reml_sim.csv (group,x1,x2,y) and prints the
numbers the test pins. Run: python3 reml_reference.py
"""
import numpy as np
from scipy.optimize import minimize

rng = np.random.default_rng(18)
groups = 9
sizes = rng.integers(4, 25, size=groups)
g = np.repeat(np.arange(groups), sizes)
n = len(g)
x1 = rng.normal(0, 1, n)
x2 = rng.integers(0, 2, n).astype(float)
u = rng.normal(0, 0.8, groups)
y = 2.0 + 0.5 * x1 - 0.7 * x2 + u[g] + rng.normal(0, 1.2, n)
y = np.round(y, 6)
x1 = np.round(x1, 6)
X = np.column_stack([np.ones(n), x1, x2])
Z = (g[:, None] == np.arange(groups)[None, :]).astype(float)
p = X.shape[1]


def parts(params):
    su2, s2 = np.exp(2 * params[0]), np.exp(2 * params[1])
    V = s2 * np.eye(n) + su2 * Z @ Z.T
    Vi = np.linalg.inv(V)
    A = X.T @ Vi @ X
    beta = np.linalg.solve(A, X.T @ Vi @ y)
    r = y - X @ beta
    crit = (np.linalg.slogdet(V)[1] + np.linalg.slogdet(A)[1] + r @ Vi @ r + (n - p) * np.log(2 * np.pi))
    return crit, beta, A, V, Vi, su2, s2


res = minimize(lambda q: parts(q)[0], x0=[0.0, 0.0], method="Nelder-Mead",
               options={"xatol": 1e-10, "fatol": 1e-12, "maxiter": 20000})
crit, beta, A, V, Vi, su2, s2 = parts(res.x)
cov = np.linalg.inv(A)
blup = su2 * Z.T @ Vi @ (y - X @ beta)
# prediction-error variance: Henderson's C22 (conditional variance given beta plus beta's part)
D = Z.T @ Z / s2 + np.eye(groups) / su2
Dinv = np.linalg.inv(D)
K = Dinv @ Z.T @ X / s2
pev = Dinv + K @ cov @ K.T
np.savetxt("reml_sim.csv", np.column_stack([g, x1, x2, y]), delimiter=",", fmt=["%d", "%.6f", "%.0f", "%.6f"],
           header="group,x1,x2,y", comments="")
print("n", n, "sizes", list(sizes))
print("criterion %.6f" % crit)
print("beta", " ".join("%.6f" % b for b in beta))
print("se", " ".join("%.6f" % s for s in np.sqrt(np.diag(cov))))
print("groupSd %.6f residualSd %.6f" % (np.sqrt(su2), np.sqrt(s2)))
print("blup", " ".join("%.6f" % b for b in blup))
print("condSd", " ".join("%.6f" % s for s in np.sqrt(np.diag(Dinv))))
print("pevSd", " ".join("%.6f" % s for s in np.sqrt(np.diag(pev))))
