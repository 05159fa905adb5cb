"""The scipy equivalents of the value model fits, timed on the same data as ValueFitBenchmark.

Vectorised numpy log-likelihoods on log-parameters, minimised by scipy.optimize.minimize (BFGS, the gradient by
scipy's finite differences; lifetimes does the same with an autograd gradient). Prints the estimates, the
log-likelihood and the median wall time of repeated fits:
  BG/NBD, Pareto/NBD and Gamma-Gamma on CDNOW's 2,357 customers (the CSV files next to this script),
  BG/NBD on a large simulated file when its path (CSV with header x,tx,T) is given as the first argument.
Run: /usr/bin/python3 value_fit_reference.py [simulated.csv]
"""
import os
import sys
import time

import numpy as np
from scipy.optimize import minimize
from scipy.special import betaln, gammaln, hyp2f1

HERE = os.path.dirname(os.path.abspath(__file__))


def bgnbd_nll(log_params, x, tx, T):
    r, alpha, a, b = np.exp(log_params)
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = betaln(a, b + x) - betaln(a, b)
    a3 = -(r + x) * np.log(alpha + T)
    a4 = np.where(x > 0, np.log(a) - np.log(b + np.maximum(x, 1) - 1) - (r + x) * np.log(alpha + tx), -np.inf)
    return -np.sum(a1 + a2 + np.logaddexp(a3, a4))


def pnbd_nll(log_params, x, tx, T):
    r, alpha, s, beta = np.exp(log_params)
    total = r + s + x
    if alpha >= beta:
        def log_f(y):
            return np.log(hyp2f1(total, s + 1, total + 1, (alpha - beta) / (alpha + y))) - total * np.log(alpha + y)
    else:
        def log_f(y):
            return np.log(hyp2f1(total, r + x, total + 1, (beta - alpha) / (beta + y))) - total * np.log(beta + y)
    upper, lower = log_f(tx), log_f(T)
    with np.errstate(divide="ignore"):
        died = np.log(s / total) + upper + np.log(-np.expm1(lower - upper))
    alive = -(r + x) * np.log(alpha + T) - s * np.log(beta + T)
    ll = gammaln(r + x) - gammaln(r) + r * np.log(alpha) + s * np.log(beta) + np.logaddexp(alive, died)
    return -np.sum(ll)


def gg_nll(log_params, x, m):
    p, q, v = np.exp(log_params)
    px = p * x
    ll = (gammaln(px + q) - gammaln(px) - gammaln(q) + q * np.log(v) + px * np.log(x) + (px - 1) * np.log(m)
          - (px + q) * np.log(v + x * m))
    return -np.sum(ll)


def fit(nll, start, args):
    result = minimize(nll, start, args=args, method="BFGS", options={"gtol": 1e-6})
    return np.exp(result.x), -result.fun


def timed(label, nll, start, args, repeats):
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        params, ll = fit(nll, start, args)
        times.append(time.perf_counter() - t0)
    print("%-34s %10.1f ms  params %s  LL %.4f" % (label, 1000 * float(np.median(times)),
                                                    np.array2string(params, precision=4), ll))


def main():
    cdnow = np.loadtxt(os.path.join(HERE, "cdnow_customers_summary.csv"), delimiter=",", skiprows=1)
    x, tx, T = cdnow[:, 1], cdnow[:, 2], cdnow[:, 3]
    spend = np.loadtxt(os.path.join(HERE, "cdnow_customers_summary_with_transactions.csv"), delimiter=",",
                       skiprows=1)
    repeat = spend[:, 1] > 0
    scale = np.log(np.mean(T))
    timed("BG/NBD, CDNOW 2,357", bgnbd_nll, np.array([0, scale, 0, 0.0]), (x, tx, T), 21)
    timed("Pareto/NBD, CDNOW 2,357", pnbd_nll, np.array([0, scale, 0, scale]), (x, tx, T), 5)
    timed("Gamma-Gamma, CDNOW 946", gg_nll, np.array([0, np.log(2), np.log(spend[repeat, 4].mean())]),
          (spend[repeat, 1], spend[repeat, 4]), 21)
    if len(sys.argv) > 1:
        big = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
        bx, btx, bT = big[:, 0], big[:, 1], big[:, 2]
        timed("BG/NBD, simulated %s" % format(len(bx), ","), bgnbd_nll,
              np.array([0, np.log(np.mean(bT)), 0, 0.0]), (bx, btx, bT), 3)


if __name__ == "__main__":
    main()
