// SPDX-License-Identifier: BSL-1.0
// The flagship example: the figures of China Daily's report "Xiamen pioneers in services trade
// sector" (27 August 2021), read from examples/data/xiamen_2021h1.txt, parsed exactly, printed in
// English and Chinese styles, the yuan/dollar rate they imply once rounding is respected, and the
// audit of all its figures through svctrade's audit API (every identity checked exactly).
//
// Usage: xiamen_report [path/to/xiamen_2021h1.txt]
// Without a path it looks for data/xiamen_2021h1.txt (run from examples/, as CTest does) and then
// examples/data/xiamen_2021h1.txt (run from the repository root).
//
// Each section is one function taking the parsed report, so that later sections (growth, shares,
// pilot tasks) can be added beside these.
#include <svctrade/svctrade.hpp>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace {

using namespace svctrade;

constexpr RoundingMode half_up = RoundingMode::half_up;  // China's 四舍五入

/// The report's "key: printed text" lines.
class Report {
public:
    static Report load(const std::string& path) {
        std::ifstream in(path);
        if (!in) throw std::runtime_error("cannot open " + path);
        Report r;
        std::string line;
        while (std::getline(in, line)) {
            if (line.empty() || line[0] == '#') continue;
            const auto colon = line.find(": ");
            if (colon == std::string::npos) throw std::runtime_error("malformed line in " + path + ": " + line);
            r.fields_[line.substr(0, colon)] = line.substr(colon + 2);
        }
        return r;
    }
    const std::string& operator[](const std::string& key) const {
        const auto it = fields_.find(key);
        if (it == fields_.end()) throw std::runtime_error("the report has no \"" + key + "\"");
        return it->second;
    }

private:
    std::map<std::string, std::string> fields_;
};

std::string find_data(int argc, char** argv) {
    if (argc > 1) return argv[1];
    for (const char* candidate : {"data/xiamen_2021h1.txt", "examples/data/xiamen_2021h1.txt"})
        if (std::ifstream(candidate)) return candidate;
    throw std::runtime_error(
        "cannot find data/xiamen_2021h1.txt or examples/data/xiamen_2021h1.txt; pass the path as an argument");
}

void heading(const std::string& title) {
    std::cout << '\n' << title << '\n' << std::string(title.size(), '-') << '\n';
}

const char* end_kind(Bound b) {
    return b == Bound::closed ? "inclusive" : "exclusive";
}

// "34.315 billion yuan (inclusive) to 34.325 billion yuan (exclusive)"
std::string describe(const Interval& range, Currency currency, CurrencyLabel label) {
    return format_english(Money(range.lower_outward(0), currency), 3, RoundingMode::floor, label,
                          EnglishScale::billion) +
           " (" + end_kind(range.lower_bound()) + ") to " +
           format_english(Money(range.upper_outward(0), currency), 3, RoundingMode::ceiling, label,
                          EnglishScale::billion) +
           " (" + end_kind(range.upper_bound()) + ")";
}

void show_amount(const std::string& label, const std::string& text, int decimals) {
    const Money m = parse_amount(text);
    std::cout << label << ": \"" << text << "\"\n"
              << "  exact:    " << m.to_string(Grouping::comma) << '\n'
              << "  English:  " << format_english(m, decimals, half_up, CurrencyLabel::word) << " | "
              << format_english(m, decimals, half_up, CurrencyLabel::symbol) << " | "
              << format_english(m, 0, half_up, CurrencyLabel::code, EnglishScale::million) << '\n'
              << "  Chinese:  " << format_chinese(m, 1, half_up) << " | "
              << format_chinese(m, 0, half_up, ChineseScale::wan) << '\n';
}

// Section: the amounts of the report, parsed from its text and written back both ways.
void section_amounts(const Report& report) {
    heading("Amounts (" + report["period"] + ")");
    show_amount("services trade, imports + exports", report["services_trade_total"], 2);
    show_amount("the same in US dollars", report["services_trade_total_usd"], 2);
    show_amount("digital service exports", report["digital_service_exports"], 0);
}

// Section: the exchange rate the report used. Both totals are rounded half up to the last printed
// digit, so each stands for an interval; the rate is the quotient of the two intervals.
void section_implied_rate(const Report& report) {
    heading("Implied yuan per US dollar");
    const WrittenAmount yuan = parse_written_amount(report["services_trade_total"]);
    const WrittenAmount dollars = parse_written_amount(report["services_trade_total_usd"]);
    const Interval yuan_range = yuan.published().interval(half_up);
    const Interval dollar_range = dollars.published().interval(half_up);
    const Interval rate = yuan_range / dollar_range;
    const Ratio naive = yuan.amount / Money(dollars.amount.amount(), yuan.amount.currency());
    std::cout << "\"" << report["services_trade_total"] << "\" stands for "
              << describe(yuan_range, yuan.amount.currency(), CurrencyLabel::word) << '\n'
              << "\"" << report["services_trade_total_usd"] << "\" stands for "
              << describe(dollar_range, dollars.amount.currency(), CurrencyLabel::symbol) << '\n'
              << "rate, exact:           " << rate.to_exact_string() << '\n'
              << "rate, " << (rate.lower_bound() == Bound::open && rate.upper_bound() == Bound::open ? "strictly " : "")
              << "between " << rate.lower().round(5, RoundingMode::floor) << "… and "
              << rate.upper().round(5, RoundingMode::floor) << "…\n"
              << "rate, rounded outward: " << rate.to_string(3) << " yuan per dollar\n"
              << "ratio of the printed figures: " << naive.round(4, half_up)
              << (rate.contains(naive) ? " (inside the range)" : " (outside the range)") << '\n';
}

// Section: what the digital service exports were worth in yuan at any rate consistent with the
// report: both the dollar figure and the rate are intervals.
void section_digital_exports_in_yuan(const Report& report) {
    heading("Digital service exports in yuan");
    const Interval rate = parse_written_amount(report["services_trade_total"]).published().interval(half_up) /
                          parse_written_amount(report["services_trade_total_usd"]).published().interval(half_up);
    const WrittenAmount digital = parse_written_amount(report["digital_service_exports"]);
    const Interval in_yuan = digital.published().interval(half_up) * rate;
    const Currency cny = Currency::of("CNY");
    std::cout << "\"" << report["digital_service_exports"] << "\" at the implied rate: between "
              << format_english(Money(in_yuan.lower_outward(0), cny), 3, RoundingMode::floor, CurrencyLabel::word,
                                EnglishScale::billion)
              << " and "
              << format_english(Money(in_yuan.upper_outward(0), cny), 3, RoundingMode::ceiling, CurrencyLabel::word,
                                EnglishScale::billion)
              << " (" << format_chinese(Money(in_yuan.lower_outward(0), cny), 2, RoundingMode::floor) << "–"
              << format_chinese(Money(in_yuan.upper_outward(0), cny), 2, RoundingMode::ceiling) << ")\n";
}

// Pilot progress: the 88 tasks from the bundled task file (statuses as reported on 27 August
// 2021), counted by query; shares exact until printed, rounded once half up.
// The number a printed phrase starts with, after an optional word: "5.9% year on year" → 5.9,
// "up 1.7 percentage points on…" → 1.7.
Decimal leading_number(const std::string& text, const std::string& word = "") {
    std::string rest = text;
    if (!word.empty()) {
        if (rest.rfind(word, 0) != 0) throw std::runtime_error("expected \"" + word + "\" at the start of: " + text);
        rest = rest.substr(word.size());
    }
    const auto end = rest.find_first_not_of("0123456789.-");
    return Decimal::parse(rest.substr(0, end));
}

// Section: which EBOPS 2010 categories the report's "knowledge-intensive services" covers, and how
// firmly that definition is established (MOFCOM publishes no verbatim definition).
void section_knowledge_intensive() {
    heading("Knowledge-intensive services (EBOPS 2010)");
    const Aggregate& ki = Aggregate::builtin(BuiltinAggregate::knowledge_intensive);
    std::cout << ki.name() << " (" << ki.chinese_name() << "), definition " << to_string(ki.status()) << ":\n";
    for (const Category c : ki.members().members())
        std::cout << "  " << c.code() << "  " << c.name() << " / " << *c.chinese_name(ChineseNameForm::mofcom_short)
                  << '\n';
    const Aggregate& digital = Aggregate::builtin(BuiltinAggregate::digitally_deliverable);
    std::cout << "same members as " << digital.name() << " (definition " << to_string(digital.status())
              << "): " << (ki.members() == digital.members() ? "yes" : "no") << '\n';
}

// Section: what a reader can derive about the same period last year. Every figure is computed
// exactly from the printed inputs and rounded once, half up, to the report's own precision.
void section_derived_figures(const Report& report) {
    const Period period = parse_english(report["period"]);
    heading("Derived figures for " + to_english(period.same_period_last_year()));
    const Money total = parse_amount(report["services_trade_total"]);
    const Decimal growth_printed = leading_number(report["services_trade_growth"]);
    const Decimal ki_share_printed = leading_number(report["knowledge_intensive_share"]);
    const Decimal ki_change_printed = leading_number(report["knowledge_intensive_share_change"], "up ");
    const GrowthRate growth = GrowthRate::from_percent(growth_printed);
    const Share ki_share = Share::from_percent(ki_share_printed);
    const PercentagePoints ki_change = PercentagePoints::from_points(ki_change_printed);
    const Money digital = parse_amount(report["digital_service_exports"]);
    const GrowthRate digital_growth =
        GrowthRate::from_percent(leading_number(report["digital_service_exports_growth"]));

    const Ratio total_before = implied_base(total.amount(), growth).value();
    const Share ki_share_before = implied_previous_share(ki_share, ki_change);
    const Ratio ki_now = implied_part(ki_share, total.amount());
    const Ratio ki_before = ki_share_before.ratio() * total_before;
    const GrowthRate ki_growth = GrowthRate::from_factor(ki_now / ki_before);
    const auto billions = [&](const Ratio& r) {
        return format_english(Money(r.round(0, half_up), total.currency()), 2, half_up, CurrencyLabel::word,
                              EnglishScale::billion);
    };
    std::cout << "services trade: " << billions(total_before) << " (" << report["services_trade_total"] << " / (1 + "
              << growth.to_string(1, half_up).substr(1) << "))\n"
              << "knowledge-intensive share: " << ki_share_before.to_string(1, half_up) << " ("
              << ki_share.to_string(1, half_up) << " less the rise of " << ki_change_printed << " percentage points)\n"
              << "knowledge-intensive services: " << billions(ki_before) << ", then " << billions(ki_now) << " in "
              << to_english(period) << ", growth " << ki_growth.to_string(1, half_up) << '\n';

    // The same growth over every share, change and growth that round half up to the printed
    // figures: implied_part_growth gives its exact range, with ends attained or not.
    const Interval range = implied_part_growth(Published(ki_share_printed), Published(ki_change_printed),
                                               Published(growth_printed), half_up)
                               .value();
    const GrowthRate lowest = GrowthRate::from_ratio(range.lower());
    const GrowthRate highest = GrowthRate::from_ratio(range.upper());
    const bool lower_in = range.lower_bound() == Bound::closed;
    const bool upper_in = range.upper_bound() == Bound::closed;
    const char* attained = lower_in ? (upper_in ? "both attained" : "only the lower attained")
                                    : (upper_in ? "only the upper attained" : "not attained");
    std::cout << "  with the rounding of the printed share, change and growth respected: between "
              << lowest.to_string(2, half_up) << " and " << highest.to_string(2, half_up) << " (bounds "
              << lowest.to_string(4, half_up) << " and " << highest.to_string(4, half_up) << ", " << attained << ")\n";

    const Money digital_before = implied_base(digital, digital_growth, 0, half_up).value();
    std::cout << "digital service exports: "
              << format_english(digital_before, 0, half_up, CurrencyLabel::symbol, EnglishScale::million) << " ("
              << report["digital_service_exports"] << " / (1 + " << digital_growth.to_string(0, half_up).substr(1)
              << "))\n";
}

void section_pilot_progress() {
    heading("Pilot progress");
    std::string path = "data/xiamen_pilot_tasks.csv";
    if (!std::ifstream(path)) path = "examples/data/xiamen_pilot_tasks.csv";
    const PilotProgramme pilot = load_pilot_csv(path);
    const boost::gregorian::date report_date(2021, 8, 27);
    const StatusCounts counts = count_statuses(pilot, report_date);
    std::cout << pilot.task_count() << " pilot tasks as of the report:";
    for (const auto status : {TaskStatus::completed, TaskStatus::partially_implemented, TaskStatus::being_promoted}) {
        std::cout << ' ' << counts.count(status) << ' ' << english_name(status) << " ("
                  << counts.share(status).value().to_string(1, RoundingMode::half_up) << ')'
                  << (status == TaskStatus::being_promoted ? "\n" : ",");
    }
    std::cout
        << "implemented: "
        << counts.implemented_rate(ImplementedDefinition::completed_only).value().to_string(1, RoundingMode::half_up)
        << " counting completed only, "
        << counts.implemented_rate(ImplementedDefinition::completed_or_partially)
               .value()
               .to_string(1, RoundingMode::half_up)
        << " with partially implemented (which one national reports mean is not published)\n";
    const auto claim = ProgressClaim::parse("41 completed, 20 partial, 27 promoted of 88");
    std::cout << "the report's claim against the task file: " << check_claim(claim, pilot, report_date).summary()
              << "\n";
}

// Section: the report's figures as one release, audited: every identity they allow, checked with
// the rounding of each printed figure respected, and what they imply where nothing was printed.
void section_audit(const Report& report) {
    heading("Audit of the report");
    const Period period = parse_english(report["period"]);
    const Period day = Period::day(2021, 8, 27);
    Release release("chinadaily-xiamen-2021h1", "CN-Xiamen", "China Daily", boost::gregorian::date(2021, 8, 27));
    const auto add = [&](const Period& p, ClaimFlow flow, const std::string& item, Measure measure,
                         const std::string& value, std::optional<TaskStatus> status = std::nullopt) {
        Claim c(p, flow, Item::parse(item), measure, parse_claim_figure(value, measure));
        c.status = status;
        release.add(std::move(c));
    };
    const auto percent = [&](const std::string& key, const std::string& word = "") {
        return leading_number(report[key], word).to_string() + "%";
    };
    add(period, ClaimFlow::total, "S", Measure::level, report["services_trade_total"]);
    add(period, ClaimFlow::total, "S", Measure::level, report["services_trade_total_usd"]);
    add(period, ClaimFlow::total, "S", Measure::growth, percent("services_trade_growth"));
    add(period, ClaimFlow::total, "knowledge-intensive services", Measure::share, percent("knowledge_intensive_share"));
    add(period, ClaimFlow::total, "knowledge-intensive services", Measure::share_change,
        leading_number(report["knowledge_intensive_share_change"], "up ").to_string() + " percentage points");
    add(period, ClaimFlow::exports, "digital service exports", Measure::level, report["digital_service_exports"]);
    add(period, ClaimFlow::exports, "digital service exports", Measure::growth,
        percent("digital_service_exports_growth"));
    add(day, ClaimFlow::total, "pilot tasks", Measure::count, report["pilot_tasks"]);
    add(day, ClaimFlow::total, "pilot tasks", Measure::count, report["pilot_tasks_fully_completed"],
        TaskStatus::completed);
    add(day, ClaimFlow::total, "pilot tasks", Measure::count, report["pilot_tasks_partially_implemented"],
        TaskStatus::partially_implemented);
    add(day, ClaimFlow::total, "pilot tasks", Measure::count, report["pilot_tasks_being_promoted"],
        TaskStatus::being_promoted);
    const std::vector<Release> releases{release};
    const AuditReport audited = audit(releases);
    std::cout << audited.checks.size() << " checks: " << audited.count(Verdict::consistent) << " consistent, "
              << audited.count(Verdict::inconsistent) << " inconsistent, " << audited.count(Verdict::inference)
              << " inferences\n";
    for (const Check& c : audited.checks) {
        std::cout << "[" << to_string(c.verdict) << "] " << to_string(c.kind) << ": "
                  << (c.root > 1 ? root_enclosure(c.computed, c.root) : c.computed.to_exact_string()) << '\n'
                  << "  " << sentence(c, releases, Language::english) << '\n'
                  << "  " << sentence(c, releases, Language::chinese) << '\n';
    }
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const Report report = Report::load(find_data(argc, argv));
        std::cout << "Xiamen, services trade, " << report["period"] << "\n"
                  << "(China Daily, 27 August 2021, \"Xiamen pioneers in services trade sector\")\n";
        section_amounts(report);
        section_implied_rate(report);
        section_digital_exports_in_yuan(report);
        section_knowledge_intensive();
        section_derived_figures(report);
        section_pilot_progress();
        section_audit(report);
    } catch (const std::exception& e) {
        std::cerr << "xiamen_report: " << e.what() << '\n';
        return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
}
