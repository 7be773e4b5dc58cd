// SPDX-License-Identifier: BSL-1.0
// Release files: one printed figure per row, every value checked where it stands, so that an
// error names the file, the line and the column of the value at fault.
#include <svctrade/audit/release_file.hpp>

#include <svctrade/error.hpp>
#include <svctrade/periods/text.hpp>
#include <svctrade/text/csv.hpp>

#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <utility>

namespace svctrade {

namespace {

std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool has_cjk(std::string_view s) noexcept {
    for (const char c : s)
        if (static_cast<unsigned char>(c) >= 0xE0) return true;
    return false;
}

// Any period text: an SDMX code, an English or a Chinese phrase. The reason given on failure is
// that of the form the text looks like.
Period read_period(std::string_view text) {
    const PeriodTextForm guess =
        has_cjk(text) ? PeriodTextForm::chinese
        : (!text.empty() && text.front() >= '0' && text.front() <= '9' && text.find(' ') == std::string_view::npos)
            ? PeriodTextForm::sdmx
            : PeriodTextForm::english;
    for (const auto form : {PeriodTextForm::sdmx, PeriodTextForm::english, PeriodTextForm::chinese}) {
        if (form == guess) continue;
        try {
            return parse_period(text, form);
        } catch (const ParseError&) {
        }
    }
    return parse_period(text, guess);  // throws with the likely form's reason
}

struct Columns {
    std::size_t release, area, period, flow, item, measure, value;
    std::optional<std::size_t> published, basis, qualifier, base_period, whole, whole_flow, status, note;
};

class Reader {
public:
    Reader(const CsvTable& table, std::vector<Release>& out, std::map<std::string, std::size_t>& ids)
        : t_(table), out_(out), ids_(ids) {
        c_.release = t_.require("release");
        c_.area = t_.require("area");
        c_.period = t_.require("period");
        c_.flow = t_.require("flow");
        c_.item = t_.require("item");
        c_.measure = t_.require("measure");
        c_.value = t_.require("value");
        c_.published = t_.find("published");
        c_.basis = t_.find("basis");
        c_.qualifier = t_.find("qualifier");
        c_.base_period = t_.find("base_period");
        c_.whole = t_.find("whole");
        c_.whole_flow = t_.find("whole_flow");
        c_.status = t_.find("status");
        c_.note = t_.find("note");
    }

    void read() {
        for (const CsvRecord& row : t_.rows()) read(row);
    }

private:
    [[nodiscard]] std::string_view text(const CsvRecord& row, std::size_t column) const {
        return trim(row.fields[column].text);
    }
    [[nodiscard]] std::string_view text(const CsvRecord& row, const std::optional<std::size_t>& column) const {
        return column ? text(row, *column) : std::string_view{};
    }
    [[nodiscard]] std::string_view required(const CsvRecord& row, std::size_t column) const {
        const std::string_view s = text(row, column);
        if (s.empty()) throw t_.error(row, column, "a value is required");
        return s;
    }
    // Runs `read` on a field, turning the library's error into one at the field's place.
    template <class F>
    auto at(const CsvRecord& row, std::size_t column, F&& read) const {
        try {
            return read();
        } catch (const ParseError& e) {
            throw t_.error(row, column,
                           e.reason().empty() ? e.what() : "cannot read \"" + e.input() + "\": " + e.reason());
        } catch (const Error& e) {
            throw t_.error(row, column, e.what());
        }
    }

    void read(const CsvRecord& row) {
        const std::string id(required(row, c_.release));
        const std::string area(required(row, c_.area));
        const std::string basis(text(row, c_.basis));
        std::optional<boost::gregorian::date> published;
        if (const std::string_view p = text(row, c_.published); !p.empty()) {
            published = at(row, *c_.published, [&] {
                const Period day = parse_sdmx(p);
                if (day.kind() != PeriodKind::day) throw ParseError(p, 0, "a publication date is a day: YYYY-MM-DD");
                return day.first();
            });
        }
        const std::string_view period_text = required(row, c_.period);
        const std::string_view flow_text = required(row, c_.flow);
        const std::string_view item_text = required(row, c_.item);
        const std::string_view measure_text = required(row, c_.measure);
        const std::string_view value_text = required(row, c_.value);
        const Period period = at(row, c_.period, [&] { return read_period(period_text); });
        const ClaimFlow flow = at(row, c_.flow, [&] { return parse_claim_flow(flow_text); });
        const Item item = at(row, c_.item, [&] { return Item::parse(item_text); });
        const Measure measure = at(row, c_.measure, [&] { return parse_measure(measure_text); });
        const std::string_view qualifier = text(row, c_.qualifier);
        if (!qualifier.empty()) {
            at(row, *c_.qualifier, [&] {
                if (qualifier != "exact" && qualifier != "exactly" && qualifier != "整")
                    (void)parse_qualifier(qualifier);
                return 0;
            });
        }
        const Figure figure = at(row, c_.value, [&] { return parse_claim_figure(value_text, measure, qualifier); });
        Claim claim(period, flow, item, measure, figure);
        if (const std::string_view b = text(row, c_.base_period); !b.empty()) {
            claim.base_period = at(row, *c_.base_period, [&] { return read_period(b); });
        } else if (needs_base_period(measure)) {
            throw t_.error(row, c_.base_period ? *c_.base_period : c_.measure,
                           "a " + std::string(measure_text) + " needs a base period (column \"base_period\")");
        }
        if (const std::string_view w = text(row, c_.whole); !w.empty()) {
            claim.whole = at(row, *c_.whole, [&] { return Item::parse(w); });
        }
        if (const std::string_view w = text(row, c_.whole_flow); !w.empty()) {
            claim.whole_flow = at(row, *c_.whole_flow, [&] { return parse_claim_flow(w); });
        }
        if (const std::string_view s = text(row, c_.status); !s.empty()) {
            claim.status = at(row, *c_.status, [&] { return parse_task_status(s); });
        }
        claim.note = std::string(text(row, c_.note));
        claim.source = ClaimSource{t_.source(), row.line};

        const auto [it, inserted] = ids_.try_emplace(id, out_.size());
        if (inserted) out_.emplace_back(id, area, basis, published);
        Release& r = out_[it->second];
        if (r.area() != area)
            throw t_.error(row, c_.area,
                           "the release \"" + id + "\" has the area \"" + r.area() + "\" on an earlier row");
        if (r.basis() != basis) {
            throw t_.error(row, c_.basis ? *c_.basis : c_.release,
                           "the release \"" + id + "\" has the basis \"" + r.basis() + "\" on an earlier row");
        }
        if (published && r.published() && *published != *r.published()) {
            throw t_.error(row, *c_.published,
                           "the release \"" + id + "\" has another publication date on an earlier row");
        }
        if (published && !r.published()) {
            // A date given on a later row of the release: keep it (the release is rebuilt).
            Release dated(r.id(), r.area(), r.basis(), published);
            for (const Claim& c : r.claims()) dated.add(c);
            r = std::move(dated);
        }
        at(row, c_.measure, [&] {
            r.add(std::move(claim));
            return 0;
        });
    }

    const CsvTable& t_;
    std::vector<Release>& out_;
    std::map<std::string, std::size_t>& ids_;
    Columns c_{};
};

}  // namespace

std::vector<Release> parse_release_csv(std::string_view text, std::string_view source) {
    std::vector<Release> out;
    std::map<std::string, std::size_t> ids;
    const CsvTable table(text, std::string(source));
    Reader(table, out, ids).read();
    return out;
}

std::vector<Release> load_release_files(std::span<const std::filesystem::path> paths) {
    std::vector<Release> out;
    std::map<std::string, std::size_t> ids;
    for (const std::filesystem::path& path : paths) {
        std::ifstream in(path, std::ios::binary);
        if (!in) throw NotFound("cannot open the release file " + path.string());
        std::ostringstream text;
        text << in.rdbuf();
        if (in.bad()) throw NotFound("cannot read the release file " + path.string());
        const CsvTable table(text.str(), path.string());
        Reader(table, out, ids).read();
    }
    return out;
}

}  // namespace svctrade
