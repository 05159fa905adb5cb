"""Reference for the neighbourhood methods with baseline (item-kNN and user-kNN), written for this project.

Reads knn_planted_ratings.csv (customer,product,rating; indexes from 0) and prints, for every customer and product,
the prediction of item-kNN and of user-kNN with the shrunk baseline Pearson similarity:

  biases     mu = mean rating; alternating exact updates b_i = sum_u (r - mu - b_u) / (10 + n_i), then
             b_u = sum_i (r - mu - b_i) / (15 + n_u), until no bias moves by more than 1e-7 (at most 200 passes)
  residual   e_ui = r_ui - (mu + b_u + b_i), held in single precision (as the application stores it)
  similarity over the n customers who rated both products (or products both customers rated), n >= 2:
             sum e_x e_y / sqrt(sum e_x^2 * sum e_y^2) * (n - 1) / (n - 1 + shrinkage), single precision
  prediction b_ui + sum s (r - b) / sum s over the k most similar (positive similarity, ties to the lower index)
             among the products the customer rated (item-kNN) or the customers who rated the product (user-kNN);
             the baseline alone with fewer than min_k of them; clipped to 1..5.

Usage: python3 knn_baseline_reference.py [k min_k shrinkage]   (defaults 3 2 5)
Output lines: item|user <customer> <product> <prediction> <neighbours used>
"""
import sys
import numpy as np

k, min_k, shrinkage = (int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])) if len(sys.argv) > 3 else (3, 2, 5.0)
rows = np.loadtxt(__file__.rsplit('/', 1)[0] + '/knn_planted_ratings.csv' if '/' in __file__
                  else 'knn_planted_ratings.csv', delimiter=',', skiprows=1)
U = int(rows[:, 0].max()) + 1
I = int(rows[:, 1].max()) + 1
R = np.full((U, I), np.nan)
R[rows[:, 0].astype(int), rows[:, 1].astype(int)] = rows[:, 2]
rated = ~np.isnan(R)

mu = np.nanmean(R)
bu = np.zeros(U)
bi = np.zeros(I)
for _ in range(200):
    new_bi = np.array([np.sum(R[rated[:, i], i] - mu - bu[rated[:, i]]) / (10 + rated[:, i].sum()) for i in range(I)])
    moved = np.max(np.abs(new_bi - bi))
    bi = new_bi
    new_bu = np.array([np.sum(R[u, rated[u]] - mu - bi[rated[u]]) / (15 + rated[u].sum()) for u in range(U)])
    moved = max(moved, np.max(np.abs(new_bu - bu)))
    bu = new_bu
    if moved <= 1e-7:
        break
B = mu + bu[:, None] + bi[None, :]
E = np.where(rated, (R - B).astype(np.float32).astype(np.float64), 0.0)


def similarities(E, rated):
    """Rows of E are the things compared (products for item-kNN: pass E.T)."""
    n = E.shape[0]
    S = np.full((n, n), np.nan)
    for x in range(n):
        for y in range(n):
            both = rated[x] & rated[y]
            c = both.sum()
            if x == y or c < 2:
                continue
            dot = sa = sb = 0.0
            for o in np.flatnonzero(both):  # in increasing order, one term at a time, as the application adds them
                dot += E[x, o] * E[y, o]
                sa += E[x, o] * E[x, o]
                sb += E[y, o] * E[y, o]
            d = np.sqrt(sa * sb)
            if d > 0:
                s = dot / d
                s *= (c - 1) / (c - 1 + shrinkage)
                S[x, y] = np.float32(min(1.0, max(-1.0, s)))
    return S


def predict(base, cands):
    """cands: (index, similarity, residual) of the possible neighbours; returns prediction and neighbours used."""
    pos = sorted([c for c in cands if c[1] > 0], key=lambda c: (-c[1], c[0]))[:k]
    if len(pos) < min_k:
        return min(5.0, max(1.0, base)), len(pos)
    num = sum(s * e for _, s, e in pos)
    den = sum(s for _, s, _ in pos)
    return min(5.0, max(1.0, base + num / den)), len(pos)


S_item = similarities(E.T, rated.T)
S_user = similarities(E, rated)
for u in range(U):
    for i in range(I):
        cands = [(j, S_item[i, j], R[u, j] - B[u, j]) for j in range(I) if rated[u, j] and not np.isnan(S_item[i, j])]
        p, n = predict(B[u, i], cands)
        print('item %d %d %.15f %d' % (u, i, p, n))
        cands = [(v, S_user[u, v], R[v, i] - B[v, i]) for v in range(U) if rated[v, i] and not np.isnan(S_user[u, v])]
        p, n = predict(B[u, i], cands)
        print('user %d %d %.15f %d' % (u, i, p, n))
