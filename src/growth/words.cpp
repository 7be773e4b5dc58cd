// SPDX-License-Identifier: BSL-1.0
// The words of a bulletin. Each figure is rounded exactly once; the direction word comes from the
// rounded value, so the words never contradict the digits printed after them ("下降0.0%" cannot
// happen: a figure that rounds to zero is 持平).
#include <svctrade/error.hpp>
#include <svctrade/growth/words.hpp>

#include <string>
#include <string_view>

namespace svctrade {

namespace {

enum class Direction { rise, fall, flat };

struct Rounded {
    Direction direction;
    std::string magnitude;  // the digits of |rounded|, as they are printed
    bool is_one = false;    // exactly "1" (for the singular "percentage point")
};

void check_places(int places, int max) {
    if (places < 0 || places > max) {
        throw InvalidArgument("a figure in words is rounded to 0 to " + std::to_string(max) + " places, not " +
                              std::to_string(places));
    }
}

Rounded words_of(Decimal rounded, const WordingOptions& options) {
    Rounded r{rounded.sign() > 0 ? Direction::rise : (rounded.sign() < 0 ? Direction::fall : Direction::flat), {}};
    std::string digits = rounded.abs().to_string();
    if (options.drop_trailing_zeros && digits.find('.') != std::string::npos) {
        digits.erase(digits.find_last_not_of('0') + 1);
        if (digits.back() == '.') digits.pop_back();
    }
    r.is_one = digits == "1";
    r.magnitude = std::move(digits);
    return r;
}

Rounded round_percent(Ratio fraction, const WordingOptions& options) {
    check_places(options.places, Decimal::max_scale);
    return words_of((fraction * Ratio(Decimal(100))).round(options.places, options.mode), options);
}

// Chinese: the basis comes first (同比增长), except that "no change" against the previous year is
// 与上年持平 ("level with last year"), as communiqués write it.
std::string_view chinese_prefix(ChangeBasis basis, Direction direction) {
    switch (basis) {
        case ChangeBasis::year_on_year:
            return "同比";
        case ChangeBasis::previous_year:
            return direction == Direction::flat ? "与上年" : "比上年";
        case ChangeBasis::previous_period:
            return "环比";
        case ChangeBasis::unstated:
            return "";
    }
    return "";
}

std::string_view chinese_rise(ChineseRise rise) {
    switch (rise) {
        case ChineseRise::tisheng:
            return "提升";
        case ChineseRise::tigao:
            return "提高";
        case ChineseRise::shangsheng:
            return "上升";
    }
    return "提升";
}

std::string chinese(const Rounded& r, std::string_view prefix, std::string_view rise, std::string_view unit) {
    std::string s(prefix);
    switch (r.direction) {
        case Direction::flat:
            s += "持平";
            return s;
        case Direction::rise:
            s += rise;
            break;
        case Direction::fall:
            s += "下降";
            break;
    }
    s += r.magnitude;
    s += unit;
    return s;
}

// English, verb form: "up 5.9 percent year on year"; the basis follows the figure.
std::string_view english_verb_basis(ChangeBasis basis, Direction direction) {
    switch (basis) {
        case ChangeBasis::year_on_year:
            return " year on year";
        case ChangeBasis::previous_year:
            return direction == Direction::flat ? " from the previous year" : " over the previous year";
        case ChangeBasis::previous_period:
            return " from the previous period";
        case ChangeBasis::unstated:
            return "";
    }
    return "";
}

std::string english_verb(const Rounded& r, std::string_view unit, std::string_view basis) {
    std::string s;
    if (r.direction == Direction::flat) {
        s = "unchanged";
    } else {
        s = r.direction == Direction::rise ? "up " : "down ";
        s += r.magnitude;
        s += unit;
    }
    s += basis;
    return s;
}

// English, noun form: "a year-on-year increase of 5.9 percent", "an increase of 5.9 percent over
// the previous year", "no year-on-year change".
std::string english_noun(const Rounded& r, std::string_view unit, ChangeBasis basis) {
    const bool adjective = basis == ChangeBasis::year_on_year;
    std::string s;
    if (r.direction == Direction::flat) {
        s = adjective ? "no year-on-year change" : "no change";
    } else {
        const std::string_view word = r.direction == Direction::rise ? "increase" : "decrease";
        if (adjective) {
            s = "a year-on-year ";
        } else {
            s = word.front() == 'i' ? "an " : "a ";
        }
        s += word;
        s += " of ";
        s += r.magnitude;
        s += unit;
    }
    if (!adjective) s += english_verb_basis(basis, r.direction);
    return s;
}

std::string english(const Rounded& r, std::string_view unit, ChangeBasis basis, EnglishForm form) {
    return form == EnglishForm::noun ? english_noun(r, unit, basis)
                                     : english_verb(r, unit, english_verb_basis(basis, r.direction));
}

std::string_view points_unit(const Rounded& r) {
    return r.is_one ? " percentage point" : " percentage points";
}

Rounded round_average(const AverageGrowth& growth, const WordingOptions& options) {
    check_places(options.places, AverageGrowth::max_places);
    return words_of(growth.round(options.places, options.mode), options);
}

}  // namespace

std::string chinese_growth(GrowthRate growth, ChangeBasis basis, const WordingOptions& options) {
    const Rounded r = round_percent(growth.ratio(), options);
    return chinese(r, chinese_prefix(basis, r.direction), "增长", "%");
}

std::string english_growth(GrowthRate growth, ChangeBasis basis, const WordingOptions& options) {
    return english(round_percent(growth.ratio(), options), " percent", basis, options.english_form);
}

std::string growth_words(GrowthRate growth, Language language, ChangeBasis basis, const WordingOptions& options) {
    return language == Language::chinese ? chinese_growth(growth, basis, options)
                                         : english_growth(growth, basis, options);
}

std::string chinese_points(PercentagePoints change, ChangeBasis basis, const WordingOptions& options) {
    const Rounded r = round_percent(change.ratio(), options);
    return chinese(r, chinese_prefix(basis, r.direction), chinese_rise(options.chinese_rise), "个百分点");
}

std::string english_points(PercentagePoints change, ChangeBasis basis, const WordingOptions& options) {
    const Rounded r = round_percent(change.ratio(), options);
    return english(r, points_unit(r), basis, options.english_form);
}

std::string points_words(PercentagePoints change, Language language, ChangeBasis basis, const WordingOptions& options) {
    return language == Language::chinese ? chinese_points(change, basis, options)
                                         : english_points(change, basis, options);
}

std::string chinese_average_growth(const AverageGrowth& growth, const WordingOptions& options) {
    return chinese(round_average(growth, options), "年均", "增长", "%");
}

std::string english_average_growth(const AverageGrowth& growth, const WordingOptions& options) {
    const Rounded r = round_average(growth, options);
    if (options.english_form == EnglishForm::noun) {
        if (r.direction == Direction::flat) return "no average annual change";
        std::string s =
            r.direction == Direction::rise ? "an average annual increase of " : "an average annual decrease of ";
        s += r.magnitude;
        s += " percent";
        return s;
    }
    if (r.direction == Direction::flat) return "unchanged on average";
    return english_verb(r, " percent", " a year on average");
}

}  // namespace svctrade
