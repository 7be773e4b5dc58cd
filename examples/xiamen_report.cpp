// SPDX-License-Identifier: BSL-1.0
// The flagship example: a statistics bureau's whole job, end to end, then a reader's check of a
// real report.
//
//   1. Read the monthly data of Example City. The city and its figures are MADE UP
//      (data/example_city_monthly_illustrative.csv says so in its header).
//   2. Compute its January-June 2021 figures exactly: levels, growth, shares, the two-year
//      average, the dollar equivalent. Nothing is rounded yet.
//   3. Write the release in English and in Chinese through the built-in template tables: each
//      figure rounded once, with a footnote wherever rounding alone makes a printed sum look off.
//   4. Write the release file (one printed figure per row) and audit that file as any reader
//      could. A release that fails its own audit is not published: the program then fails.
//   5. Audit the real Xiamen report as China Daily printed it (27 August 2021,
//      data/releases/xiamen-2021-h1-en.csv): what its figures imply, and whether they agree.
//
// Usage: xiamen_report [OUTPUT_FOLDER]
// The release file is written to OUTPUT_FOLDER (default: the current folder). Run it from
// examples/, as CTest and `bash cmake/quickstart.sh example` do, or from the repository root.
#include <svctrade/svctrade.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

using namespace svctrade;
namespace fs = std::filesystem;

// The bundled data live in examples/data; accept being run from examples/ or from the root.
fs::path data_file(const std::string& name) {
    for (const fs::path folder : {"data", "examples/data"})
        if (fs::exists(folder / name)) return folder / name;
    throw NotFound("cannot find data/" + name + " or examples/data/" + name +
                   "; run from examples/ or the repository root");
}

// One series per category and flow, labelled with both: compute_figures() adds up an item's
// members by these labels. The io module's tidy reader is told what each column holds and what
// the numbers are in; it guesses nothing, and a bad row stops the program with its file, line
// and column (CsvError): a release must never be written from part of the data.
std::vector<TimeSeries> read_monthly(const fs::path& path) {
    const Currency cny = Currency::of("CNY");
    TidyLayout layout;
    layout.columns.item = "category";  // EBOPS 2010 codes
    layout.columns.flow = "flow";
    layout.columns.period = "month";  // 2021-06
    layout.columns.value = "amount";
    layout.currency = cny;
    layout.magnitude = 8;          // the file's amounts are in 亿元 (10^8 yuan)
    layout.dialect.comment = '#';  // the file's own notes on what the data are
    std::ifstream in(path, std::ios::binary);
    if (!in) throw NotFound("cannot open " + path.string());
    const TidySeriesSet file = read_tidy_series(in, path.string(), layout);

    // The reader keeps the numbers as written (18.35 for 18.35亿元) and says what they are in;
    // a release adds and divides yuan, so the multiplication is done here, where it can be seen.
    const Decimal yuan_per_unit(100000000);  // 10^layout.magnitude
    std::vector<TimeSeries> series;
    for (const auto& [key, tidy] : file.series) {
        TimeSeries& yuan = series.emplace_back(cny, key.item, key.flow);
        for (const auto& [month, amount] : tidy.series.observations())
            yuan.insert(month, Money(amount.amount() * yuan_per_unit, cny));
    }
    return series;
}

// What the release reports, as the Xiamen report does: the total with its growth, its dollar
// equivalent and the two-year average (China's 两年平均, against 2019, before the pandemic);
// exports, imports and the balance; knowledge-intensive services with their share and its change;
// transport and travel with their shares.
BulletinSpec example_city_spec() {
    BulletinSpec spec{.id = "example-city-2021-h1",
                      .area = "Example City",
                      .area_english = "Example City",
                      .area_chinese = "示例市",
                      .basis = "illustrative data",
                      .period = Period::year_to_date(2021, 6)};
    spec.whole.flows = {Flow::total, Flow::exports, Flow::imports, Flow::balance};
    spec.whole.measures.two_year_average = true;
    spec.whole.measures.dollar_equivalent = true;
    BulletinItem ki = BulletinItem::of(Aggregate::builtin(BuiltinAggregate::knowledge_intensive));
    ki.flows = {Flow::total};
    ki.measures.share = ki.measures.share_change = true;
    spec.items.push_back(ki);
    for (const auto& [code, english, chinese] : {std::tuple{"SC", "transport", "运输"}, {"SD", "travel", "旅行"}}) {
        BulletinItem item = BulletinItem::of(Category::from_code(code), english, chinese);
        item.flows = {Flow::total};
        item.measures.share = true;
        spec.items.push_back(item);
    }
    return spec;
}

void heading(const std::string& title) {
    std::cout << '\n' << title << '\n' << std::string(title.size(), '=') << '\n';
}

void summary(const AuditReport& report) {
    std::cout << report.checks.size() << " checks: " << report.count(Verdict::consistent) << " consistent, "
              << report.count(Verdict::inconsistent) << " inconsistent, " << report.count(Verdict::boundary)
              << " at a boundary, " << report.count(Verdict::inference) << " inferences\n";
}

// Each check with the exact interval it computed (fractions in lowest terms, in yuan or dollars)
// and the sentences a journalist could print.
void findings(const AuditReport& report, const std::vector<Release>& releases) {
    for (const Check& c : report.checks) {
        std::cout << "[" << to_string(c.verdict) << "] " << to_string(c.kind) << ": "
                  << (c.root > 1 ? root_enclosure(c.computed, c.root) : c.computed.to_exact_string()) << '\n'
                  << "  " << sentence(c, releases, Language::english) << '\n'
                  << "  " << sentence(c, releases, Language::chinese) << '\n';
    }
}

// Steps 1-4: returns whether the release passed its own audit.
bool write_release(const fs::path& out_folder) {
    const fs::path data = data_file("example_city_monthly_illustrative.csv");
    const std::vector<TimeSeries> series = read_monthly(data);
    std::cout << "Example City is imaginary and its data are made up (illustrative, not published figures).\n"
              << "Read " << series.size() << " monthly series from " << data.filename().string() << ".\n";

    const BulletinSpec spec = example_city_spec();
    // The rate of the dollar equivalent: an average for the period, made up like the data.
    RateTable rates;
    rates.add(
        ExchangeRate::period_average(Currency::of("USD"), Currency::of("CNY"), Decimal::parse("6.4718"), spec.period));
    const BulletinFigures figures = compute_figures(spec, series, &rates);
    const std::vector<Bulletin> bulletins{render(figures, TemplateTable::english(), Language::english),
                                          render(figures, TemplateTable::chinese(), Language::chinese)};
    heading("The release in English");
    std::cout << bulletins[0].text() << '\n';
    heading("The release in Chinese");
    std::cout << bulletins[1].text() << '\n';

    // The release file holds exactly the printed figures, so that the audit reads what a reader
    // reads, not the exact data behind it.
    const fs::path file = out_folder / (spec.id + ".csv");
    const std::string csv = release_file(bulletins);
    std::ofstream(file, std::ios::binary) << csv;
    if (!fs::exists(file) || fs::file_size(file) != csv.size()) throw Error("cannot write " + file.string());
    heading("The release file " + file.filename().string());
    std::cout << csv;

    heading("Audit of the release file");
    const std::vector<Release> releases = load_release_files(std::vector<fs::path>{file});
    const AuditReport report = audit(releases);
    summary(report);
    std::map<std::string_view, std::size_t> checked;
    for (const Check& c : report.checks)
        if (c.verdict != Verdict::inference) ++checked[to_string(c.kind)];
    std::cout << "checked:";
    for (const auto& [kind, n] : checked) std::cout << ' ' << kind << " (" << n << ')';
    // The footnoted sum agrees once each figure stands for the range its rounding allows: the
    // footnote is right that rounding alone is the cause.
    std::cout << "\nthe footnoted identity:\n";
    for (const Check& c : report.checks) {
        const Language language = releases[c.release].id().ends_with("-zh") ? Language::chinese : Language::english;
        if (c.kind == CheckKind::total_of_flows) std::cout << "  " << sentence(c, releases, language) << '\n';
    }
    const bool passed = report.count(Verdict::inconsistent) == 0 && report.count(Verdict::boundary) == 0;
    std::cout << (passed ? "Every printed identity holds once rounding is respected: the release can be published.\n"
                         : "The release does not pass its own audit: do not publish it.\n");
    return passed;
}

// Step 5: the Xiamen report's figures as printed, one row each, audited through the same API.
void audit_xiamen_report() {
    heading("Audit of the Xiamen report as printed (China Daily, 27 August 2021)");
    const std::vector<Release> releases =
        load_release_files(std::vector<fs::path>{data_file("releases/xiamen-2021-h1-en.csv")});
    const AuditReport report = audit(releases);
    summary(report);
    findings(report, releases);
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const fs::path out_folder = argc > 1 ? fs::path(argv[1]) : fs::current_path();
        const bool passed = write_release(out_folder);
        audit_xiamen_report();
        return passed ? EXIT_SUCCESS : EXIT_FAILURE;
    } catch (const std::exception& e) {
        std::cerr << "xiamen_report: " << e.what() << '\n';
        return EXIT_FAILURE;
    }
}
