// SPDX-License-Identifier: BSL-1.0
// Reporting periods of the motivating report (China Daily, 27 August 2021, "Xiamen pioneers in
// services trade sector"): its figures are for "January-June 2021", compared with "the same period
// last year", and Xiamen has been a national pilot city "since August 2020". Every period below is
// parsed from that text and every line computed by the library.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include <svctrade/periods/compare.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/periods/text.hpp>

namespace {

std::string dates(const svctrade::Period& p) {
    return svctrade::to_iso_interval(p) + ", " + std::to_string(p.days()) + " days";
}

void list(const std::string& title, const std::vector<svctrade::Period>& periods) {
    std::cout << title << ":\n";
    for (const svctrade::Period& p : periods) {
        std::cout << "  " << svctrade::to_english(p) << "  |  " << svctrade::to_chinese(p) << "  |  "
                  << svctrade::to_sdmx(p) << "\n";
    }
}

}  // namespace

int main() {
    try {
        // As printed in the report.
        const std::string reporting_period = "January-June 2021";
        const std::string pilot_phrase = "since August 2020";
        const auto report_date = boost::gregorian::date(2021, boost::gregorian::Aug, 27);

        const svctrade::Period period = svctrade::parse_english(reporting_period);
        std::cout << "\"" << reporting_period << "\" is a " << svctrade::to_string(period.kind()) << ": "
                  << dates(period) << "\n";
        std::cout << "  Chinese: " << svctrade::to_chinese(period) << "\n";
        if (svctrade::round_trips(period.kind(), svctrade::PeriodTextForm::sdmx)) {
            std::cout << "  SDMX: " << svctrade::to_sdmx(period) << "\n";
        } else {
            std::cout << "  SDMX: no code for a " << svctrade::to_string(period.kind())
                      << "; its dates as an ISO 8601 interval: " << svctrade::to_iso_interval(period) << "\n";
        }
        std::cout << "  parsed back from Chinese: "
                  << (svctrade::parse_chinese(svctrade::to_chinese(period)) == period ? "the same period" : "DIFFERENT")
                  << "\n";

        const svctrade::Period last_year = period.same_period_last_year();
        std::cout << "same period last year: " << svctrade::to_english(last_year) << " ("
                  << svctrade::to_chinese(last_year) << "), " << dates(last_year) << "\n";
        const svctrade::Comparability yoy = svctrade::year_on_year_comparable(period, last_year);
        std::cout << "  comparable year on year: " << (yoy ? "yes" : "no, " + yoy.reason()) << "\n";
        const svctrade::Period h1 = svctrade::Period::half(2021, 1);
        const svctrade::Comparability mixed = svctrade::year_on_year_comparable(h1, last_year);
        std::cout << "  " << svctrade::to_english(h1) << " against it: " << (mixed ? "yes" : "no, " + mixed.reason())
                  << "\n";
        std::cout << "month on month of the cumulative figure: against " << svctrade::to_english(period.previous())
                  << " (" << svctrade::to_chinese(period.previous()) << ")\n";

        const std::vector<svctrade::Period> months = period.months();
        list("months", months);
        list("quarter roll-up", svctrade::roll_up(months, svctrade::RollUpTarget::quarter));
        list("half-year roll-up", svctrade::roll_up(months, svctrade::RollUpTarget::half_year));
        std::cout << "same dates as H1 2021: " << (period.same_dates(h1) ? "yes" : "no")
                  << "; the same period: " << (period == h1 ? "yes" : "no") << "\n";

        const svctrade::Period pilot = svctrade::parse_english(pilot_phrase, report_date);
        std::cout << "pilot city \"" << pilot_phrase << "\" as of the report date: " << svctrade::to_english(pilot)
                  << " (" << svctrade::to_chinese(pilot) << "), " << dates(pilot) << "\n";
        std::cout << "  contains the reporting period: " << (pilot.contains(period) ? "yes" : "no")
                  << "; overlaps it: " << (pilot.overlaps(period) ? "yes" : "no") << "\n";
        return 0;
    } catch (const std::exception& e) {  // svctrade::Error included: say what, never terminate
        std::cerr << "periods: " << e.what() << "\n";
        return 1;
    }
}
