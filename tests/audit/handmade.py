#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
# The expected intervals of tests/audit/*.test.cpp, computed here with Python's exact fractions,
# independently of the C++ code under test: each printed figure becomes the interval its rounding
# allows, and each identity is evaluated at the corners of the box of inputs (every formula used
# is monotone in each input), an end being closed only when the corner that reaches it is made of
# closed ends. Run it to print the strings the tests compare with:
#   python3 tests/audit/handmade.py
from decimal import Decimal, getcontext
from fractions import Fraction as F
from itertools import product

YI = F(10) ** 8         # 亿
BILLION = F(10) ** 9


class I:
    """An interval with open or closed ends."""

    def __init__(self, lo, lo_closed, hi, hi_closed):
        self.lo, self.lc, self.hi, self.hc = F(lo), lo_closed, F(hi), hi_closed

    def __str__(self):
        def f(x):
            return str(x.numerator) if x.denominator == 1 else f"{x.numerator}/{x.denominator}"
        return ("[" if self.lc else "(") + f(self.lo) + ", " + f(self.hi) + ("]" if self.hc else ")")

    def neg(self):
        return I(-self.hi, self.hc, -self.lo, self.lc)


def printed(text, scale=1, convention="magnitude", exact=False):
    """A figure printed as `text` (a decimal) in units of `scale` (亿, 1/100 for percent)."""
    d = Decimal(text)
    v = F(d) * scale
    places = -d.as_tuple().exponent
    half = F(1, 10 ** places) * scale / 2
    if exact:
        return I(v, True, v, True)
    if v > 0 or convention == "toward_positive":
        return I(v - half, True, v + half, False)
    if v < 0:
        return I(v - half, False, v + half, True)
    return I(-half, False, half, False)


def pct(text, convention="magnitude", exact=False):
    return printed(text, F(1, 100), convention, exact)


def image(f, *boxes):
    """The image of f over the box, from its corners (f monotone in each argument)."""
    best_lo = best_hi = None
    for corner in product(*[[(b.lo, b.lc), (b.hi, b.hc)] for b in boxes]):
        value = f(*[c[0] for c in corner])
        closed = all(c[1] for c in corner)
        if best_lo is None or value < best_lo[0] or (value == best_lo[0] and closed):
            best_lo = (value, closed) if best_lo is None or value < best_lo[0] else (value, closed or best_lo[1])
        if best_hi is None or value > best_hi[0] or (value == best_hi[0] and closed):
            best_hi = (value, closed) if best_hi is None or value > best_hi[0] else (value, closed or best_hi[1])
    return I(best_lo[0], best_lo[1], best_hi[0], best_hi[1])


def root_end(x, n, digits, upward):
    """x^(1/n) − 1 rounded outward to `digits` significant digits, as the C++ prints it."""
    getcontext().prec = 120
    r = (Decimal(x.numerator) / Decimal(x.denominator)) ** (Decimal(1) / Decimal(n)) - 1
    exponent = r.adjusted()  # position of the leading digit
    places = digits - 1 - exponent
    q = Decimal(1).scaleb(-places)
    from decimal import ROUND_CEILING, ROUND_FLOOR
    return r.quantize(q, rounding=ROUND_CEILING if upward else ROUND_FLOOR)


def show(name, value):
    print(f"{name}: {value}")


# --- within a release -------------------------------------------------------------------------
E, IM, T = printed("12.3", YI), printed("45.6", YI), printed("57.9", YI)
show("total_of_flows computed", image(lambda e, i: e + i, E, IM))
show("total_of_flows published", T)
show("deficit_of_flows computed", image(lambda e, i: i - e, E, IM))
show("deficit_of_flows published", printed("33.3", YI))

E2, T2 = printed("10.0", YI), printed("30.0", YI)
show("balance 2E-T computed", image(lambda e, t: 2 * e - t, E2, T2))
show("balance published", printed("-10.0", YI))
show("missing imports T-E", image(lambda t, e: t - e, T2, E2))

T3, B3 = printed("50", YI), printed("10", YI).neg()  # a printed deficit of 10 is a balance of −10
show("missing exports (T+B)/2", image(lambda t, b: (t + b) / 2, T3, B3))
show("missing imports (T-B)/2", image(lambda t, b: (t - b) / 2, T3, B3))

SD, REST, S = printed("30.0", YI), printed("70.1", YI), printed("100.0", YI)
show("sum_of_parts computed", image(lambda a, b: a + b, SD, REST))
show("sum_of_parts published", S)
SC, SD4, REST4 = printed("20.0", YI), printed("30.0", YI), printed("50.5", YI)
show("sum_of_parts 3 computed", image(lambda a, b, c: a + b + c, SC, SD4, REST4))

W, P = printed("200", YI), printed("50", YI)
show("share_from_levels computed", image(lambda p, w: p / w, P, W))
show("share 25.3", pct("25.3"))
show("share 25.4", pct("25.4"))

KI, TOT = pct("38.5"), printed("34.32", BILLION)
show("implied_part", image(lambda s, w: s * w, KI, TOT))
show("implied_whole", image(lambda p, s: p / s, printed("13.21", BILLION), KI))

show("implied_rate", image(lambda y, d: y / d, TOT, printed("5.31", BILLION)))
rate_t = image(lambda y, d: y / d, printed("650.0", YI), printed("100.0", YI))
rate_e = image(lambda y, d: y / d, printed("325.0", YI), printed("50.0", YI))
rate_i = image(lambda y, d: y / d, printed("320.0", YI), printed("50.0", YI))
show("common_rate rate of exports", rate_e)
show("common_rate common of total and exports", rate_t)  # exports' rate contains the total's
show("common_rate rate of imports", rate_i)

G = pct("5.9")
show("last_year_level", image(lambda l, g: l / (1 + g), TOT, G))
show("last_year_share", image(lambda s, c: s - c, KI, pct("1.7")))
show("part_growth", image(lambda s, p, g: s * (1 + g) / (s - p) - 1, KI, pct("1.7"), G))

# MOFCOM, January-May 2021 (the real release), exports and imports with their growths.
E5, GE5, I5, GI5 = printed("9117.8", YI), pct("20.1"), printed("10262.8", YI), pct("-7.5")
show("total_growth_from_flows", image(lambda e, ge, i, gi: (e + i) / (e / (1 + ge) + i / (1 + gi)) - 1, E5, GE5, I5, GI5))
show("balance_growth_from_flows", image(lambda e, ge, i, gi: (e - i) / (e / (1 + ge) - i / (1 + gi)) - 1, E5, GE5, I5, GI5))
show("balance_change_from_flows (deficit terms)",
     image(lambda e, ge, i, gi: -(e * ge / (1 + ge) - i * gi / (1 + gi)), E5, GE5, I5, GI5))
GI5t = pct("-7.5", "toward_positive")
show("balance_change_from_flows toward_positive",
     image(lambda e, ge, i, gi: -(e * ge / (1 + ge) - i * gi / (1 + gi)), E5, GE5, I5, GI5t))
D5, C5 = printed("1144.9", YI), printed("-2355.9", YI)
show("growth_from_change", image(lambda l, c: c / (l - c), D5, C5))
GB = pct("-11.5")
show("average_growth_on_base factor", image(lambda g: 1 + g, GB))
show("average_growth_on_base root lower", root_end(F(8845, 10000), 2, 30, False))
show("average_growth_on_base root upper", root_end(F(8855, 10000), 2, 30, True))

# --- across releases --------------------------------------------------------------------------
L21, L20 = printed("19380.6", YI), printed("18686", YI)
show("growth_from_levels", image(lambda a, b: a / b - 1, L21, L20))
show("growth 3.7", pct("3.7"))
D21, D20 = printed("1144.9", YI), printed("3500.8", YI)
show("change_from_levels (deficit)", image(lambda a, b: a - b, D21, D20))
show("change -2355.9 published", printed("-2355.9", YI))
S21, S20 = pct("46.4"), pct("43.3")
show("share_change_from_shares", image(lambda a, b: a - b, S21, S20))
show("chained_growth", image(lambda a, b: (1 + a) * (1 + b) - 1, pct("3.7"), pct("-14.6")))
show("chained_growth toward_positive", image(lambda a, b: (1 + a) * (1 + b) - 1, pct("3.7"), pct("-14.6", "toward_positive")))
L19 = printed("21893.4", YI)
show("growth_on_base_from_levels", image(lambda a, b: a / b - 1, L21, L19))
ratio = image(lambda a, b: a / b, L21, L19)
show("average_growth_from_levels factor", ratio)
show("average_growth_from_levels root lower", root_end(ratio.lo, 2, 30, False))
show("average_growth_from_levels root upper", root_end(ratio.hi, 2, 30, True))
chain = image(lambda a, b: (1 + a) * (1 + b), pct("3.7"), pct("-14.6"))
show("average_growth_from_growths factor", chain)
show("period_on_period", image(lambda a, b: a / b - 1, printed("3734.5", YI), printed("4063.7", YI)))
show("cumulative_periods", image(lambda a, b: a + b, L21, printed("4392", YI)))
show("cumulative published", printed("23774.4", YI))
show("implied_period", image(lambda a, b: a - b, printed("23774.4", YI), L21))
show("restatement computed", printed("1.938", 10 ** 12))
