// SPDX-License-Identifier: BSL-1.0
// Out of line so that BadOutcomeAccess's typeinfo is exported from the library (a shared build
// with hidden visibility could not otherwise be caught by type in a consumer).
#include <svctrade/outcome.hpp>

#include <string>

namespace svctrade {

namespace {
std::string bad_access_message(Reason reason) {
    std::string m = "no value to read: the calculation has no answer because ";
    m.append(describe(reason));
    m += " (";
    m.append(to_string(reason));
    m += ")";
    return m;
}
}  // namespace

BadOutcomeAccess::BadOutcomeAccess(Reason reason) : Error(bad_access_message(reason)), reason_(reason) {}
BadOutcomeAccess::~BadOutcomeAccess() = default;

namespace detail {
// Only named in NoAnswer's consteval constructor, where calling it stops the compilation; defined
// so that the name always links.
void a_no_answer_needs_a_reason_other_than_none() {}
}  // namespace detail

}  // namespace svctrade
