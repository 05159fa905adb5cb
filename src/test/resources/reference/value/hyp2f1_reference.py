"""Reference values of the Gauss hypergeometric function 2F1(a, b; c; z) from scipy.special.hyp2f1.

Prints a CSV (a,b,c,z,value) over the arguments the buy-till-you-die models use on CDNOW-like data:
  Pareto/NBD likelihood and P(alive): 2F1(r+s+x, s+1 or r+x; r+s+x+1; z), z in [0, 1)
  BG/NBD expectations: 2F1(r+x, b+x; a+b+x-1; z), z = t / (alpha + T + t) in [0, 1)
and a few negative arguments (z < 0), where the Pfaff transformation applies.
Near z = 1 the Pareto/NBD rows come from quadrature instead (see log_hyp2f1_c_is_a_plus_1).
Run: /usr/bin/python3 hyp2f1_reference.py > hyp2f1_reference.csv
"""
import itertools
import math
import scipy
from scipy.integrate import quad
from scipy.special import hyp2f1


def log_hyp2f1_c_is_a_plus_1(a, b, z):
    """log 2F1(a, b; a + 1; z) for 0 < z < 1 by quadrature, independently of hyp2f1 (which is inaccurate close to
    z = 1 when c - a - b is near an integer, as in the Pareto/NBD no-dropout limit s -> 0): Euler's integral
    2F1(a, b; a + 1; z) = a int_0^1 t^(a - 1) (1 - z t)^-b dt becomes, with 1 - z t = e^-y,
    a z^-a int_0^Y (1 - e^-y)^(a - 1) e^((b - 1) y) dy, Y = -ln(1 - z), worked with e^((b - 1) Y) taken out."""
    big_y = -math.log1p(-z)
    cut = min(1.0, big_y)
    # on [0, cut] the factor y^(a - 1) goes to quad's algebraic weight
    near = quad(lambda y: math.exp((b - 1) * (y - big_y)) * ((-math.expm1(-y) / y) ** (a - 1) if y > 0 else 1.0),
                0, cut, weight='alg', wvar=(a - 1, 0), epsabs=0, epsrel=2e-14, limit=400)[0]
    far = 0.0
    if big_y > cut:
        far = quad(lambda y: math.exp((b - 1) * (y - big_y) + (a - 1) * math.log(-math.expm1(-y))),
                   cut, big_y, epsabs=0, epsrel=2e-14, limit=400)[0]
    return math.log(a) - a * math.log(z) + (b - 1) * big_y + math.log(near + far)

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
# near 1, where Hypergeometric2F1 takes the connection formula to 1 - z: the Pareto/NBD arguments, including its
# no-dropout limit (s small: c - a - b = -s near the integer 0), integer r (c - a - b = 1 - r - x an integer) and
# BG/NBD's; appended after the rows above so that those keep their order
near_rows = []
near_zs = [0.9, 0.93, 0.99, 0.999, 1 - 1e-4, 1 - 1e-5, 1 - 1e-6, 1 - 1e-7, 1 - 1e-8]
for r, s, x in itertools.product([0.243, 1.0, 3.8, 12.5], [3.8e-6, 0.0004, 0.606, 2.0, 7.3], [0, 1, 5, 30, 150]):
    a = r + s + x
    for b in (s + 1, r + x):
        for z in near_zs:
            near_rows.append((a, b, a + 1, z))
pnbd_near = set(near_rows)
for r, a, b, x in itertools.product([0.243, 1.5], [0.793, 2.0], [2.426, 0.6], [0, 1, 4, 25]):
    for z in near_zs[:5]:
        near_rows.append((r + x, b + x, a + b + x - 1, z))
# negative arguments
for a, b, c in [(0.5, 1.3, 2.2), (2.0, 0.7, 3.1), (10.3, 1.6, 11.3), (1.2, 31.0, 1.8)]:
    for z in [-0.2, -0.9, -1.0, -3.0, -25.0, -400.0]:
        rows.append((a, b, c, z))

print("# scipy " + scipy.__version__)
print("a,b,c,z,value")
for a, b, c, z in rows + near_rows:
    if c == a + 1 and z >= 0.9 and (a, b, c, z) in pnbd_near:
        log_value = log_hyp2f1_c_is_a_plus_1(a, b, z)
        value = math.exp(log_value) if log_value < 709 else math.inf
    else:
        value = hyp2f1(a, b, c, z)
    if math.isfinite(value):  # near 1 with many purchases the value overflows a double
        print("%.17g,%.17g,%.17g,%.17g,%.17g" % (a, b, c, z, value))
