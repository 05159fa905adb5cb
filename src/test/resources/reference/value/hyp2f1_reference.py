"""Reference values of the Gauss hypergeometric function 2F1(a, b; c; z) from scipy.special.hyp2f1.

Prints a CSV (a,b,c,z,value) over the arguments the buy-till-you-die models use on CDNOW-like data:
  Pareto/NBD likelihood and P(alive): 2F1(r+s+x, s+1 or r+x; r+s+x+1; z), z in [0, 1)
  BG/NBD expectations: 2F1(r+x, b+x; a+b+x-1; z), z = t / (alpha + T + t) in [0, 1)
and a few negative arguments (z < 0), where the Pfaff transformation applies.
Run: /usr/bin/python3 hyp2f1_reference.py > hyp2f1_reference.csv
"""
import itertools
import scipy
from scipy.special import hyp2f1

rows = []
zs = [0.0, 1e-6, 0.01, 0.083, 0.25, 0.5, 0.75, 0.9, 0.97, 0.99]
# Pareto/NBD: c = a + 1
for r, s, x in itertools.product([0.1, 0.553, 2.5], [0.3, 0.606, 1.7], [0, 1, 5, 30, 150]):
    a = r + s + x
    for b in (s + 1, r + x):
        for z in zs:
            rows.append((a, b, a + 1, z))
# BG/NBD: a' = r + x, b' = b + x, c' = a + b + x - 1
for r, a, b, x in itertools.product([0.243, 1.5], [0.793, 2.0], [2.426, 0.6], [0, 1, 4, 25, 120]):
    for z in zs:
        rows.append((r + x, b + x, a + b + x - 1, z))
# negative arguments
for a, b, c in [(0.5, 1.3, 2.2), (2.0, 0.7, 3.1), (10.3, 1.6, 11.3), (1.2, 31.0, 1.8)]:
    for z in [-0.2, -0.9, -1.0, -3.0, -25.0, -400.0]:
        rows.append((a, b, c, z))

print("# scipy " + scipy.__version__)
print("a,b,c,z,value")
for a, b, c, z in rows:
    print("%.17g,%.17g,%.17g,%.17g,%.17g" % (a, b, c, z, hyp2f1(a, b, c, z)))
