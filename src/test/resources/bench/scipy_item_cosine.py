"""Reference timing for RecommendBenchmark (CRM Workbench): item-item adjusted cosine with scipy.sparse and the top-K
neighbours of every product, on the ratings CSV the benchmark generated (columns customer_id, product_id, rating, ...;
one header line). Ratings are centred by each customer's mean; the cosine's norms run over each product's whole centred
column; neighbours must have a similarity above 0 (no minimum overlap). Only the similarity and top-K part is timed.
Products are numbered in order of first appearance, as the benchmark numbers them.
Usage: scipy_item_cosine.py RATINGS.csv K ROUNDS CHECK. Prints key=value lines; top_<n> lists the 10 best neighbours
(product ids) of the first CHECK products."""
import csv
import sys
import time

import numpy as np
import scipy
import scipy.sparse as sp

path, k, rounds, check = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
users, items = {}, {}
uu, ii, vv = [], [], []
with open(path, newline="") as f:
    reader = csv.reader(f)
    next(reader)
    for row in reader:
        uu.append(users.setdefault(row[0], len(users)))
        ii.append(items.setdefault(row[1], len(items)))
        vv.append(float(row[2]))
n_users, n_items = len(users), len(items)
X = sp.csr_matrix((np.array(vv), (np.array(uu), np.array(ii))), shape=(n_users, n_items))
X.sort_indices()
print(f"version={scipy.__version__}")


def top_k():
    counts = np.diff(X.indptr)
    means = np.asarray(X.sum(axis=1)).ravel() / np.maximum(counts, 1)
    C = X.copy()
    C.data = C.data - np.repeat(means, counts)
    norms = np.sqrt(np.asarray(C.multiply(C).sum(axis=0)).ravel())
    norms[norms == 0] = 1.0
    N = C @ sp.diags(1.0 / norms)
    S = (N.T @ N).toarray()
    np.fill_diagonal(S, -np.inf)
    best = np.argpartition(-S, k, axis=1)[:, :k]
    rows = np.arange(n_items)[:, None]
    order = np.argsort(-S[rows, best], axis=1, kind="stable")
    best = best[rows, order]
    sims = S[rows, best]
    return best, sims


times = []
for _ in range(rounds):
    t0 = time.perf_counter()
    best, sims = top_k()
    times.append(time.perf_counter() - t0)
print(f"seconds={sorted(times)[len(times) // 2]:.4f}")
names = list(items.keys())
for n in range(min(check, n_items)):
    ids = [names[j] for j, s in zip(best[n], sims[n]) if s > 0][:10]
    print(f"top_{n}={','.join(ids)}")
