// SPDX-License-Identifier: BSL-1.0
// The pieces of an audit sentence (private): names of items, flows and measures, the subject of a
// check, a printed figure, and a range of values in the units a reader expects.
#pragma once

#include <svctrade/audit/check.hpp>
#include <svctrade/audit/claim.hpp>
#include <svctrade/growth/words.hpp>

#include <string>

namespace svctrade::audit_words {

// "services", "travel", "knowledge-intensive services", "services excluding travel"; 服务, 旅行 …
[[nodiscard]] std::string item_name(const Item& item, Language l);
// "services exports", "the services trade deficit"; 服务出口, 服务贸易逆差.
[[nodiscard]] std::string flow_item(ClaimFlow flow, const Item& item, Language l);
// What the computed figure of a check is about: "the year-on-year growth of services exports in
// January-May 2021"; 2021年1-5月服务出口同比增速.
[[nodiscard]] std::string subject(const Check& check, const Claim& about, Language l);
// A printed figure with its qualifier, quoted: "“nearly 1.11 trillion yuan”".
[[nodiscard]] std::string printed(const Claim& claim, Language l);
// The computed range of a check in words: "between 10.58% and 11.01%", "exactly 88".
[[nodiscard]] std::string range(const Check& check, Language l);
// An interval of a quantity in words.
[[nodiscard]] std::string format_range(const Interval& i, const Quantity& q, Language l);
// The text with its first letter in upper case.
[[nodiscard]] std::string capitalized(std::string s);

}  // namespace svctrade::audit_words
