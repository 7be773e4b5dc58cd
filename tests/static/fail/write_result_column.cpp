// SPDX-License-Identifier: BSL-1.0
// Must not compile: a PanelResult's columns are read-only (a value and its reason are set
// together by the operation that made them). The twin (SVCTRADE_TWIN) reads the column.
#include <svctrade/panels/ops.hpp>
#include <svctrade/panels/panel.hpp>

using namespace svctrade;

int main() {
    Panel panel({"CityA"}, {"SC", "SD"}, MonthIndex(2020, 1), 24);
    panel.set(0, 0, Flow::exports, MonthIndex(2020, 1), 10.0);
    panel.set(0, 0, Flow::exports, MonthIndex(2021, 1), 12.0);
    const PanelResult growth = yoy_growth(panel, Flow::exports);
#ifdef SVCTRADE_TWIN
    const double first = growth.values()[0];
    return first > 0 ? 0 : 1;
#else
    growth.values()[0] = 0.5;
    return 0;
#endif
}
