// SPDX-License-Identifier: BSL-1.0
// The lookup tables of <svctrade/text/detail/lookup.hpp>: a key finds its row's value and a value
// its row's key, at compile time and at run time; the first of two equal rows wins; an absent
// one is nothing; the words of a table join in row order.
#include <svctrade/text/detail/lookup.hpp>

#include <doctest/doctest.h>

#include <string_view>

using svctrade::detail::joined_keys;
using svctrade::detail::lookup;
using svctrade::detail::LookupTable;
using svctrade::detail::reverse_lookup;

namespace {

enum class Colour { red, green, blue, black };
enum class Ink { cyan, magenta, yellow };

constexpr LookupTable<std::string_view, Colour, 4> colour_words{{
    {"red", Colour::red},
    {"green", Colour::green},
    {"blue", Colour::blue},
    {"verdant", Colour::green},
}};

constexpr LookupTable<Colour, Ink, 3> complements{{
    {Colour::red, Ink::cyan},
    {Colour::green, Ink::magenta},
    {Colour::blue, Ink::yellow},
}};

static_assert(lookup(colour_words, "blue") == Colour::blue);
static_assert(lookup(colour_words, "verdant") == Colour::green);
static_assert(!lookup(colour_words, "Blue").has_value());
static_assert(reverse_lookup(colour_words, Colour::green) == std::string_view("green"));
static_assert(!reverse_lookup(colour_words, Colour::black).has_value());
static_assert(lookup(complements, Colour::green) == Ink::magenta);
static_assert(!lookup(complements, Colour::black).has_value());
static_assert(reverse_lookup(complements, Ink::yellow) == Colour::blue);

}  // namespace

TEST_CASE("a lookup table finds a row by its key or by its value, the first row first") {
    const std::string_view word = "red";
    CHECK(lookup(colour_words, word) == Colour::red);
    CHECK(lookup(colour_words, std::string_view("")) == std::nullopt);
    CHECK(reverse_lookup(colour_words, Colour::green).value() == "green");
    CHECK(reverse_lookup(colour_words, Colour::black).value_or("unknown") == "unknown");
    CHECK(lookup(complements, Colour::blue) == Ink::yellow);
}

TEST_CASE("the words of a lookup table join in row order") {
    CHECK(joined_keys(colour_words) == "red, green, blue, verdant");
    CHECK(joined_keys(colour_words, " | ") == "red | green | blue | verdant");
    constexpr LookupTable<std::string_view, Colour, 1> one{{{"red", Colour::red}}};
    CHECK(joined_keys(one) == "red");
}
