"""Reference temperature for TemperatureCalibrationTest: the temperature T minimising the negative log-likelihood of
softmax(scores / T) at the true intents, found by scipy's bounded scalar minimiser over log T, on scores and true
intents made from integer arithmetic only (the test rebuilds them exactly).

Run offline: python3 temperature_reference.py > temperature_reference.out (numpy, scipy).
"""
import numpy as np
from scipy.optimize import minimize_scalar
from scipy.special import logsumexp

N, K = 500, 5


def unit(i):
    return ((i * 2654435761 + 12345) % 2**32) / 2**32


def data():
    z = np.array([[((i * 31 + k * 17) % 23) / 4.0 - 2.5 for k in range(K)] for i in range(N)])
    truth = np.array([int(np.argmax(z[i])) if unit(i) < 0.6 else (i * 3) % K for i in range(N)])
    return z, truth


def nll(log_t, z, truth):
    s = z / np.exp(log_t)
    return float(np.sum(logsumexp(s, axis=1) - s[np.arange(len(truth)), truth]))


def main():
    z, truth = data()
    fit = minimize_scalar(nll, bounds=(np.log(1e-3), np.log(1e3)), args=(z, truth), method="bounded",
                          options={"xatol": 1e-12})
    print("temperature %r" % float(np.exp(fit.x)))
    print("nll %r" % float(fit.fun))


if __name__ == "__main__":
    main()
