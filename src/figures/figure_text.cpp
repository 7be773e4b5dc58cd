// SPDX-License-Identifier: BSL-1.0
// Figures as releases print them: "5.9%", "-7.5%", "down 7.5%", "1.7个百分点", "近3000亿元",
// "more than 80", "USD/CNY 6.4601". Amounts are read by parse_written_amount (money/magnitude),
// numbers by Decimal::parse; this file reads only what surrounds them: qualifier and direction
// words, percent and point units, counters and currency pairs. Positions in errors are byte
// offsets into the text as given.
#include <svctrade/error.hpp>
#include <svctrade/figures/figure.hpp>

#include <array>
#include <string>
#include "utf8_decode.hpp"

namespace svctrade {

namespace {

struct QualifierWord {
    std::string_view text;
    Qualifier qualifier;
};

// English words are matched in any letter case and must be followed by a space; longest first
// where one is a prefix of another.
constexpr std::array<QualifierWord, 16> english_qualifiers{{{"close to", Qualifier::nearly},
                                                            {"just under", Qualifier::nearly},
                                                            {"nearly", Qualifier::nearly},
                                                            {"almost", Qualifier::nearly},
                                                            {"more than", Qualifier::over},
                                                            {"exceeding", Qualifier::over},
                                                            {"topping", Qualifier::over},
                                                            {"topped", Qualifier::over},
                                                            {"above", Qualifier::over},
                                                            {"over", Qualifier::over},
                                                            {"top", Qualifier::over},
                                                            {"approximately", Qualifier::about},
                                                            {"roughly", Qualifier::about},
                                                            {"around", Qualifier::about},
                                                            {"about", Qualifier::about},
                                                            {"some", Qualifier::about}}};
constexpr std::array<QualifierWord, 8> chinese_qualifiers{{{"接近", Qualifier::nearly},
                                                           {"将近", Qualifier::nearly},
                                                           {"近", Qualifier::nearly},
                                                           {"超过", Qualifier::over},
                                                           {"逾", Qualifier::over},
                                                           {"超", Qualifier::over},
                                                           {"大约", Qualifier::about},
                                                           {"约", Qualifier::about}}};
constexpr std::string_view about_suffix = "左右";

struct DirectionWord {
    std::string_view text;
    int sign;
};
constexpr std::array<DirectionWord, 2> english_directions{{{"up", 1}, {"down", -1}}};
constexpr std::array<DirectionWord, 5> chinese_directions{
    {{"增长", 1}, {"增加", 1}, {"上升", 1}, {"下降", -1}, {"减少", -1}}};

constexpr std::array<std::string_view, 5> percent_units{{"%", " %", "\xEF\xBC\x85", " per cent", " percent"}};
constexpr std::array<std::string_view, 6> point_units{
    {" percentage points", " percentage point", " pp", "个百分点", "百分点", " points"}};
constexpr std::array<std::string_view, 7> counters{{"家次", "个", "项", "家", "条", "件", "次"}};
constexpr std::string_view unicode_minus = "\xE2\x88\x92";

char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_space(char c) {
    return c == ' ' || c == '\t';
}

}  // namespace

namespace detail {

class FigureParser {
public:
    FigureParser(std::string_view text, FigureKind kind) : s_(text), kind_(kind) {}

    Figure parse() {
        while (pos_ < s_.size() && is_space(s_[pos_])) ++pos_;
        end_ = s_.size();
        while (end_ > pos_ && is_space(s_[end_ - 1])) --end_;
        if (pos_ == end_) fail(0, "empty text, expected a figure such as " + example());
        read_words();
        read_about_suffix();
        Figure f = read_body();
        if (direction_ < 0) f.printed_ = Published(-f.printed_.value(), f.printed_.unit());
        if (qualifier_ != Qualifier::none) f = f.with_qualifier(qualifier_);
        f.text_ = std::string(s_.substr(first_, last_ - first_));
        return f;
    }

private:
    [[noreturn]] void fail(std::size_t position, const std::string& reason) const {
        throw ParseError(s_, position, reason);
    }

    [[nodiscard]] std::string example() const {
        switch (kind_) {
            case FigureKind::level:
                return "\"34.32 billion yuan\" or \"343.2亿元\"";
            case FigureKind::growth_rate:
                return "\"5.9%\" or \"-7.5%\"";
            case FigureKind::share:
                return "\"38.5%\"";
            case FigureKind::percentage_points:
                return "\"1.7 percentage points\" or \"1.7个百分点\"";
            case FigureKind::count:
                return "\"88\"";
            case FigureKind::exchange_rate:
                return "\"USD/CNY 6.4601\"";
        }
        return "\"5.9%\"";
    }

    [[nodiscard]] bool at(std::string_view word) const {
        return s_.substr(pos_, word.size()) == word && pos_ + word.size() <= end_;
    }

    // An English word in any letter case, followed by at least one space.
    [[nodiscard]] bool at_english_word(std::string_view word) const {
        if (pos_ + word.size() >= end_) return false;
        for (std::size_t i = 0; i < word.size(); ++i)
            if (lower(s_[pos_ + i]) != word[i]) return false;
        return is_space(s_[pos_ + word.size()]);
    }

    void skip_spaces() {
        while (pos_ < end_ && is_space(s_[pos_])) ++pos_;
    }

    void set_qualifier(Qualifier q, std::size_t position) {
        if (qualifier_ != Qualifier::none) fail(position, "a second qualifier");
        qualifier_ = q;
    }
    void set_direction(int sign, std::size_t position) {
        if (direction_ != 0) fail(position, "a second direction word");
        if (kind_ == FigureKind::share || kind_ == FigureKind::count || kind_ == FigureKind::exchange_rate)
            fail(position, "a " + std::string(kind_ == FigureKind::exchange_rate ? "rate" : to_string(kind_)) +
                               " has no direction (up, down, 增长, 下降 are for changes)");
        direction_ = sign;
    }

    // Up to one qualifier and one direction, in either order: "up nearly 6%", "增长近6%".
    void read_words() {
        first_ = pos_;
        last_ = end_;
        for (int round = 0; round < 2; ++round) {
            if (!read_qualifier_word() && !read_direction_word()) break;
        }
    }

    bool read_qualifier_word() {
        for (const QualifierWord& w : english_qualifiers) {
            if (at_english_word(w.text)) {
                set_qualifier(w.qualifier, pos_);
                pos_ += w.text.size();
                skip_spaces();
                return true;
            }
        }
        for (const QualifierWord& w : chinese_qualifiers) {
            if (at(w.text)) {
                set_qualifier(w.qualifier, pos_);
                pos_ += w.text.size();
                skip_spaces();
                return true;
            }
        }
        return false;
    }

    bool read_direction_word() {
        for (const DirectionWord& w : english_directions) {
            if (at_english_word(w.text)) {
                set_direction(w.sign, pos_);
                pos_ += w.text.size();
                skip_spaces();
                return true;
            }
        }
        for (const DirectionWord& w : chinese_directions) {
            if (at(w.text)) {
                set_direction(w.sign, pos_);
                pos_ += w.text.size();
                skip_spaces();
                return true;
            }
        }
        return false;
    }

    void read_about_suffix() {
        if (end_ - pos_ > about_suffix.size() &&
            s_.substr(end_ - about_suffix.size(), about_suffix.size()) == about_suffix) {
            set_qualifier(Qualifier::about, end_ - about_suffix.size());
            end_ -= about_suffix.size();
            while (end_ > pos_ && is_space(s_[end_ - 1])) --end_;
        }
    }

    // A signed decimal number at pos_; U+2212 (−) is read as a minus sign.
    Decimal read_number(Grouping grouping) {
        const std::size_t start = pos_;
        std::string text;
        if (at(unicode_minus)) {
            text.push_back('-');
            pos_ += unicode_minus.size();
        } else if (pos_ < end_ && (s_[pos_] == '-' || s_[pos_] == '+')) {
            text.push_back(s_[pos_++]);
        }
        const std::size_t digits = pos_;
        while (pos_ < end_ && (is_digit(s_[pos_]) || s_[pos_] == '.' || s_[pos_] == ',')) text.push_back(s_[pos_++]);
        if (pos_ == digits) fail(digits, "expected a number");
        if (direction_ != 0 && text.front() != '+' && !is_digit(text.front()) && text.front() != '.')
            fail(start, "a direction word and a sign: write \"down 7.5%\" or \"-7.5%\", not both");
        try {
            return Decimal::parse(text, grouping);
        } catch (const ParseError& e) {
            // The text may have replaced a three-byte minus by one byte.
            const std::size_t shift = (s_.substr(start, unicode_minus.size()) == unicode_minus) ? 2 : 0;
            fail(start + e.position() + (e.position() > 0 ? shift : 0), e.reason());
        }
    }

    void expect_end(const char* what) const {
        if (pos_ != end_) fail(pos_, std::string("unexpected text after ") + what);
    }

    Figure read_body() {
        switch (kind_) {
            case FigureKind::level:
                return read_level();
            case FigureKind::growth_rate:
            case FigureKind::share:
            case FigureKind::percentage_points:
                return read_percentage();
            case FigureKind::count:
                return read_count();
            case FigureKind::exchange_rate:
                return read_rate();
        }
        fail(pos_, "unknown figure kind");
    }

    Figure read_level() {
        const std::size_t start = pos_;
        const std::string_view body = s_.substr(pos_, end_ - pos_);
        const WrittenAmount w = [&] {
            try {
                return parse_written_amount(body);
            } catch (const ParseError& e) {
                fail(start + e.position(), e.reason());
            }
        }();
        if (direction_ != 0 && w.amount.sign() < 0)
            fail(start, "a direction word and a sign: write \"down 5 billion yuan\" or \"-5 billion yuan\", not both");
        pos_ = end_;
        return Figure::level(w);
    }

    Figure read_percentage() {
        const Decimal number = read_number(Grouping::none);
        const std::size_t unit_at = pos_;
        bool percent = false, points = false;
        for (std::string_view u : point_units) {
            if (at(u)) {
                points = true;
                pos_ += u.size();
                break;
            }
        }
        if (!points) {
            for (std::string_view u : percent_units) {
                if (at(u)) {
                    percent = true;
                    pos_ += u.size();
                    break;
                }
            }
        }
        if (!percent && !points) {
            fail(unit_at, pos_ == end_ ? "no unit: expected " + example()
                                       : "expected a unit (\"%\", \"percentage points\", \"个百分点\")");
        }
        if (kind_ == FigureKind::percentage_points && percent) {
            fail(unit_at,
                 "a change of a share is in percentage points (\"1.7 percentage points\"), not in percent: 1.7 % "
                 "and 1.7 percentage points are different statements");
        }
        if (kind_ != FigureKind::percentage_points && points) {
            fail(unit_at, "a " + std::string(to_string(kind_)) +
                              " is in percent (\"5.9%\"); percentage points are the change of a share or rate");
        }
        expect_end("the unit");
        const Published p(number);
        if (kind_ == FigureKind::growth_rate) return Figure::growth_rate(p);
        if (kind_ == FigureKind::share) return Figure::share(p);
        return Figure::percentage_points(p);
    }

    Figure read_count() {
        const std::size_t start = pos_;
        if (pos_ < end_ && (s_[pos_] == '-' || s_[pos_] == '+' || at(unicode_minus))) fail(pos_, "a count has no sign");
        const Decimal n = read_number(Grouping::comma);
        if (n.scale() > 0) fail(start, "a count is a whole number, not " + n.to_string());
        for (std::string_view c : counters) {
            if (at(c)) {
                pos_ += c.size();
                break;
            }
        }
        if (pos_ < end_ && is_space(s_[pos_])) {
            // "88 tasks", "88 pilot tasks": an English counter is kept in the text, not read.
            skip_spaces();
            const std::size_t words = pos_;
            while (pos_ < end_ && (is_letter(s_[pos_]) || is_space(s_[pos_]) || s_[pos_] == '-')) ++pos_;
            if (pos_ == words) fail(words, "expected a word after the count");
        }
        expect_end("the count");
        return Figure::count(n);
    }

    [[nodiscard]] Currency currency_word(std::size_t start, std::size_t end) const {
        const std::string_view word = s_.substr(start, end - start);
        const std::optional<Currency> c = currency_of_word(word);
        if (!c) fail(start, "unknown currency \"" + std::string(word) + "\"");
        return *c;
    }

    Figure read_rate() {
        const std::size_t start = pos_;
        // "USD/CNY 6.4601"
        if (end_ - pos_ > 8 && s_[pos_ + 3] == '/') {
            const Currency base = currency_word(pos_, pos_ + 3);
            const Currency quote = currency_word(pos_ + 4, pos_ + 7);
            pos_ += 7;
            if (pos_ == end_ || !is_space(s_[pos_])) fail(pos_, "expected a space after the currency pair");
            skip_spaces();
            const Decimal rate = read_number(Grouping::none);
            expect_end("the rate");
            return make_rate(base, quote, rate, start);
        }
        // "1美元兑6.4601元", "1美元兑换6.4601元人民币"
        if (at("1") && pos_ + 1 < end_ && static_cast<unsigned char>(s_[pos_ + 1]) >= 0x80) {
            ++pos_;
            const std::size_t base_at = pos_;
            while (pos_ < end_ && !at("兑")) ++pos_;
            if (pos_ == end_) fail(base_at, "expected 兑 (\"1美元兑6.4601元\")");
            const Currency base = currency_word(base_at, pos_);
            pos_ += std::string_view("兑").size();
            if (at("换")) pos_ += std::string_view("换").size();
            if (at("人民币")) pos_ += std::string_view("人民币").size();
            const Decimal rate = read_number(Grouping::none);
            const std::size_t quote_at = pos_;
            std::size_t quote_end = end_;
            if (s_.substr(quote_at, end_ - quote_at).ends_with("人民币"))
                quote_end -= std::string_view("人民币").size();
            if (quote_at == quote_end) fail(quote_at, "expected the currency of the rate (元, 美元…)");
            const Currency quote = currency_word(quote_at, quote_end);
            pos_ = end_;
            return make_rate(base, quote, rate, start);
        }
        // "6.4601 yuan per US dollar"
        const Decimal rate = read_number(Grouping::none);
        if (pos_ == end_) fail(pos_, "an exchange rate needs its currencies: write \"USD/CNY 6.4601\"");
        if (!is_space(s_[pos_])) fail(pos_, "expected a space and a currency after the rate");
        skip_spaces();
        const std::size_t per = s_.find(" per ", pos_);
        if (per == std::string_view::npos || per >= end_) fail(pos_, "expected \"<currency> per <currency>\"");
        const Currency quote = currency_word(pos_, per);
        const Currency base = currency_word(per + 5, end_);
        pos_ = end_;
        return make_rate(base, quote, rate, start);
    }

    [[nodiscard]] Figure make_rate(Currency base, Currency quote, Decimal rate, std::size_t start) const {
        if (base == quote) fail(start, "an exchange rate needs two different currencies");
        if (rate.sign() <= 0) fail(start, "an exchange rate is positive, not " + rate.to_string());
        return Figure::exchange_rate(base, quote, Published(rate));
    }

    std::string_view s_;
    FigureKind kind_;
    std::size_t pos_ = 0;
    std::size_t end_ = 0;
    std::size_t first_ = 0;
    std::size_t last_ = 0;
    Qualifier qualifier_ = Qualifier::none;
    int direction_ = 0;
};

}  // namespace detail

Qualifier parse_qualifier(std::string_view word) {
    text_detail::require_utf8(word);

    std::size_t b = 0, e = word.size();
    while (b < e && is_space(word[b])) ++b;
    while (e > b && is_space(word[e - 1])) --e;
    const std::string_view w = word.substr(b, e - b);
    if (w.empty()) return Qualifier::none;
    std::string folded;
    for (char c : w) folded.push_back(lower(c));
    for (const QualifierWord& q : english_qualifiers)
        if (folded == q.text) return q.qualifier;
    for (const QualifierWord& q : chinese_qualifiers)
        if (w == q.text) return q.qualifier;
    if (w == about_suffix) return Qualifier::about;
    throw ParseError(
        word, b, "unknown qualifier (expected nearly, over, more than, about, around, 近, 接近, 超过, 逾, 约, 左右…)");
}

Figure Figure::parse(std::string_view text, FigureKind kind) {
    text_detail::require_utf8(text);

    return detail::FigureParser(text, kind).parse();
}

}  // namespace svctrade
