// SPDX-License-Identifier: BSL-1.0
#include <svctrade/text/utf8.hpp>

#include "utf8_decode.hpp"

namespace svctrade {

std::optional<Utf8Defect> find_utf8_defect(std::string_view text) noexcept {
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p < end) {
        const text_detail::Utf8Step s = text_detail::utf8_step(p, end);
        if (s.length == 0) return Utf8Defect{static_cast<std::size_t>(p - text.data()), s.reason};
        p += s.length;
    }
    return std::nullopt;
}

std::size_t count_characters(std::string_view text) noexcept {
    std::size_t n = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    }
    return n;
}

std::string excerpt(std::string_view text, std::size_t max_characters) {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (characters == max_characters) return std::string(text.substr(0, i)) + "\xE2\x80\xA6";
        ++characters;
    }
    return std::string(text);
}

}  // namespace svctrade
