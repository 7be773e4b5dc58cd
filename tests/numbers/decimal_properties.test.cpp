// SPDX-License-Identifier: BSL-1.0
// Property tests of Decimal on random values with fixed seeds (the same values on every run and
// every machine: the values come straight from std::mt19937_64, whose output the standard fixes,
// not from a distribution, whose algorithm it leaves to the library). The reference is long-hand
// arithmetic on __int128 coefficients written here, independently of the library's own code:
// exact sums and products, and a quotient rounded by each RoundingMode from its remainder.
#include <svctrade/error.hpp>
#include <svctrade/money/magnitude.hpp>
#include <svctrade/money/money.hpp>
#include <svctrade/numbers/decimal.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <utility>

using namespace svctrade;

namespace {

__extension__ using i128 = __int128;

constexpr std::array modes{RoundingMode::half_up,        RoundingMode::half_even, RoundingMode::toward_zero,
                           RoundingMode::away_from_zero, RoundingMode::floor,     RoundingMode::ceiling,
                           RoundingMode::half_ceiling};

i128 pow10(int n) {
    i128 p = 1;
    for (int i = 0; i < n; ++i) p *= 10;
    return p;
}

// A decimal as the reference sees it: coefficient × 10^−scale.
struct Exact {
    i128 coefficient = 0;
    int scale = 0;
};

// The text Decimal::to_string() must print: digits with `scale` of them after the point, a
// leading "0." below one, a minus sign for negative values.
std::string text_of(Exact x) {
    const bool negative = x.coefficient < 0;
    i128 m = negative ? -x.coefficient : x.coefficient;
    std::string digits;
    do {
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(m % 10)));
        m /= 10;
    } while (m != 0);
    if (x.scale > 0) {
        if (digits.size() <= static_cast<std::size_t>(x.scale))
            digits.insert(0, static_cast<std::size_t>(x.scale) + 1 - digits.size(), '0');
        digits.insert(digits.size() - static_cast<std::size_t>(x.scale), 1, '.');
    }
    return (negative ? "-" : "") + digits;
}

// n / d rounded to an integer by `mode`, for d > 0, from the truncated quotient and remainder.
i128 rounded_quotient(i128 n, i128 d, RoundingMode mode) {
    const i128 q = n / d;
    const i128 r = n % d;
    if (r == 0) return q;
    const bool negative = n < 0;
    const i128 twice = 2 * (r < 0 ? -r : r);
    const int half = twice < d ? -1 : (twice > d ? 1 : 0);  // the dropped part against one half
    bool away = false;
    switch (mode) {
        case RoundingMode::toward_zero:
            away = false;
            break;
        case RoundingMode::away_from_zero:
            away = true;
            break;
        case RoundingMode::floor:
            away = negative;
            break;
        case RoundingMode::ceiling:
            away = !negative;
            break;
        case RoundingMode::half_up:
            away = half >= 0;
            break;
        case RoundingMode::half_even:
            away = half > 0 || (half == 0 && q % 2 != 0);
            break;
        case RoundingMode::half_ceiling:
            away = half > 0 || (half == 0 && !negative);
            break;
    }
    if (!away) return q;
    return negative ? q - 1 : q + 1;
}

// x rounded to `places` (negative: to tens, hundreds…): the expected coefficient and scale.
Exact rounded(Exact x, int places, RoundingMode mode) {
    if (places >= x.scale) return {x.coefficient * pow10(places - x.scale), places};
    const i128 q = rounded_quotient(x.coefficient, pow10(x.scale - places), mode);
    if (places >= 0) return {q, places};
    return {q * pow10(-places), 0};
}

// Values drawn straight from the engine's output.
class Values {
public:
    explicit Values(std::uint64_t seed) : engine_(seed) {}

    std::uint64_t below(std::uint64_t n) { return engine_() % n; }

    // A coefficient of 1 to `max_digits` digits (the count itself random, so that small and
    // large values both occur), either sign, and a scale of 0 to max_scale.
    Exact exact(int max_digits, int max_scale) {
        const int digits = 1 + static_cast<int>(below(static_cast<std::uint64_t>(max_digits)));
        i128 c = static_cast<i128>(below(static_cast<std::uint64_t>(pow10(digits))));
        if (below(2) == 0) c = -c;
        return {c, static_cast<int>(below(static_cast<std::uint64_t>(max_scale) + 1))};
    }

private:
    std::mt19937_64 engine_;
};

Decimal decimal(Exact x) {
    return Decimal::parse(text_of(x));
}

// a and b at their common (larger) scale.
void align(Exact& a, Exact& b) {
    const int s = a.scale > b.scale ? a.scale : b.scale;
    a = {a.coefficient * pow10(s - a.scale), s};
    b = {b.coefficient * pow10(s - b.scale), s};
}

constexpr int cases = 4000;

}  // namespace

TEST_CASE("decimal properties: sums and differences are the exact long-hand ones, commutative and associative") {
    Values values(20260101);
    for (int i = 0; i < cases; ++i) {
        Exact a = values.exact(18, 12), b = values.exact(18, 12), c = values.exact(18, 12);
        const Decimal x = decimal(a), y = decimal(b), z = decimal(c);
        CAPTURE(x);
        CAPTURE(y);
        CAPTURE(z);
        Exact sa = a, sb = b;
        align(sa, sb);
        CHECK((x + y).to_string() == text_of({sa.coefficient + sb.coefficient, sa.scale}));
        CHECK((x - y).to_string() == text_of({sa.coefficient - sb.coefficient, sa.scale}));
        CHECK(x + y == y + x);
        CHECK((x + y) + z == x + (y + z));
        CHECK(x - y == -(y - x));
        CHECK((x - x).is_zero());
        CHECK((x + y) - y == x);
        // Comparison agrees with the aligned coefficients.
        CHECK((x < y) == (sa.coefficient < sb.coefficient));
        CHECK((x == y) == (sa.coefficient == sb.coefficient));
    }
}

TEST_CASE("decimal properties: products are exact, commutative, associative and distribute over sums") {
    Values values(20260102);
    for (int i = 0; i < cases; ++i) {
        const Exact a = values.exact(12, 8), b = values.exact(12, 8), c = values.exact(12, 8);
        const Decimal x = decimal(a), y = decimal(b), z = decimal(c);
        CAPTURE(x);
        CAPTURE(y);
        CAPTURE(z);
        const Decimal xy = x * y;
        CHECK(xy == decimal({a.coefficient * b.coefficient, a.scale + b.scale}));
        CHECK(xy == y * x);
        CHECK(xy * z == x * (y * z));
        CHECK(x * (y + z) == x * y + x * z);
        CHECK(x * Decimal(1) == x);
        CHECK((x * Decimal()).is_zero());
    }
}

TEST_CASE("decimal properties: text round-trips plain and grouped, keeping the scale") {
    Values values(20260103);
    for (int i = 0; i < cases; ++i) {
        const Exact a = values.exact(38, 30);
        const std::string text = text_of(a);
        CAPTURE(text);
        const Decimal x = Decimal::parse(text);
        CHECK(x.to_string() == text);
        CHECK(x.scale() == a.scale);
        const std::string grouped = x.to_string(Grouping::comma);
        CHECK(Decimal::parse(grouped, Grouping::comma).to_string() == text);
        // Grouping only inserts commas, every three integer digits.
        std::string ungrouped;
        for (const char ch : grouped)
            if (ch != ',') ungrouped += ch;
        CHECK(ungrouped == text);
    }
}

TEST_CASE("decimal properties: rounding in every mode agrees with the long-hand reference") {
    Values values(20260104);
    for (int i = 0; i < cases; ++i) {
        Exact a = values.exact(30, 20);
        const int places = static_cast<int>(values.below(static_cast<std::uint64_t>(a.scale) + 8)) - 6;
        // One value in four is a tie at `places` (…d5000 below it), where the modes differ most.
        const int drop = a.scale - places;
        if (drop > 0 && drop < 20 && values.below(4) == 0) {
            const i128 kept = a.coefficient / pow10(drop);
            a.coefficient = kept * pow10(drop) + (a.coefficient < 0 ? -5 : 5) * pow10(drop - 1);
        }
        const Decimal x = decimal(a);
        CAPTURE(x);
        CAPTURE(places);
        for (const RoundingMode mode : modes) {
            CAPTURE(to_string(mode));
            CHECK(x.round(places, mode).to_string() == text_of(rounded(a, places, mode)));
        }
    }
}

TEST_CASE("decimal properties: rounding modes order and mirror as their definitions say") {
    Values values(20260105);
    for (int i = 0; i < cases; ++i) {
        const Decimal x = decimal(values.exact(20, 10));
        const int places = static_cast<int>(values.below(6));
        CAPTURE(x);
        CAPTURE(places);
        const Decimal down = x.round(places, RoundingMode::floor), up = x.round(places, RoundingMode::ceiling);
        CHECK(down <= x);
        CHECK(x <= up);
        for (const RoundingMode mode : modes) {
            const Decimal r = x.round(places, mode);
            CHECK(down <= r);
            CHECK(r <= up);
            CHECK(r.round(places, mode) == r);  // idempotent
        }
        // The symmetric modes mirror on negation; floor and ceiling swap.
        for (const RoundingMode mode :
             {RoundingMode::half_up, RoundingMode::half_even, RoundingMode::toward_zero, RoundingMode::away_from_zero})
            CHECK((-x).round(places, mode) == -x.round(places, mode));
        CHECK((-x).round(places, RoundingMode::floor) == -up);
    }
}

TEST_CASE("decimal properties: division and rounding to a unit agree with the long-hand reference") {
    Values values(20260106);
    for (int i = 0; i < cases; ++i) {
        const Exact a = values.exact(15, 8);
        Exact b = values.exact(9, 6);
        if (b.coefficient == 0) b.coefficient = 7;
        const Decimal x = decimal(a), y = decimal(b);
        const int places = static_cast<int>(values.below(10));
        CAPTURE(x);
        CAPTURE(y);
        CAPTURE(places);
        // x / y at `places`: (ca·10^(places − sa + sb)) / cb, sign carried by the numerator.
        i128 n = a.coefficient, d = b.coefficient;
        if (d < 0) {
            n = -n;
            d = -d;
        }
        const int shift = places - a.scale + b.scale;
        if (shift >= 0)
            n *= pow10(shift);
        else
            d *= pow10(-shift);
        // A positive unit: the multiple of it nearest x by the mode.
        const Decimal unit = y.abs();
        const Exact u{b.coefficient < 0 ? -b.coefficient : b.coefficient, b.scale};
        Exact sa = a, su = u;
        align(sa, su);
        for (const RoundingMode mode : modes) {
            CAPTURE(to_string(mode));
            CHECK(divide(x, y, places, mode).to_string() == text_of({rounded_quotient(n, d, mode), places}));
            const i128 k = rounded_quotient(sa.coefficient, su.coefficient, mode);
            CHECK(x.round_to_multiple(unit, mode) == decimal({k * u.coefficient, u.scale}));
            CHECK(x.round_to_multiple(unit, mode).scale() == u.scale);
        }
    }
}

TEST_CASE("decimal properties: amounts written in English and Chinese read back as the amount rounded once") {
    Values values(20260107);
    const std::array english{std::pair{EnglishScale::units, 0}, std::pair{EnglishScale::thousand, 3},
                             std::pair{EnglishScale::million, 6}, std::pair{EnglishScale::billion, 9},
                             std::pair{EnglishScale::trillion, 12}};
    const std::array chinese{std::pair{ChineseScale::units, 0}, std::pair{ChineseScale::wan, 4},
                             std::pair{ChineseScale::yi, 8}, std::pair{ChineseScale::wan_yi, 12}};
    const std::array currencies{Currency::of("CNY"), Currency::of("USD"), Currency::of("EUR"), Currency::of("JPY"),
                                Currency::of("GBP")};
    const std::array labels{CurrencyLabel::code, CurrencyLabel::symbol, CurrencyLabel::word};
    for (int i = 0; i < cases / 4; ++i) {
        Exact a = values.exact(16, 4);
        if (a.coefficient < 0) a.coefficient = -a.coefficient;  // amounts are written without a sign
        const Decimal x = decimal(a);
        const Money amount(x, currencies[values.below(currencies.size())]);
        const RoundingMode mode = modes[values.below(modes.size())];
        const int decimals = static_cast<int>(values.below(5));
        CAPTURE(amount);
        CAPTURE(to_string(mode));
        CAPTURE(decimals);
        for (const auto& [scale, power] : english) {
            const CurrencyLabel label = labels[values.below(labels.size())];
            const std::string text = format_english(amount, decimals, mode, label, scale);
            CAPTURE(text);
            const Money back = parse_amount(text);
            CHECK(back.currency() == amount.currency());
            CHECK(back.amount() == x.round(decimals - power, mode));
        }
        for (const auto& [scale, power] : chinese) {
            const std::string text = format_chinese(amount, decimals, mode, scale);
            CAPTURE(text);
            const Money back = parse_amount(text);
            CHECK(back.currency() == amount.currency());
            CHECK(back.amount() == x.round(decimals - power, mode));
        }
    }
}
