// SPDX-License-Identifier: BSL-1.0
// What every fuzz target holds the library to (docs/testing.md): bad input ends in an
// svctrade::Error whose message is UTF-8 and a few lines long; anything else — another exception,
// a crash, a sanitizer report, a broken round trip — aborts, which libFuzzer (or the corpus driver
// of the normal build) reports as a failure with the input that caused it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <typeinfo>

#include <svctrade/error.hpp>
#include <svctrade/text/utf8.hpp>

namespace svctrade::fuzz {

// Longer than any message a bounded excerpt allows (docs/text.md), shorter than an input that a
// message would have quoted whole.
inline constexpr std::size_t max_message_bytes = 2000;

// The corpus driver's current file and its bytes, so that a failure there names the input that
// caused it (libFuzzer reports its own: the crash file it writes, and the bytes of a short one).
inline std::string_view current_input_name;
inline std::string_view current_input;

// Bytes as C-escaped text, at most `limit` of them: an input is often not printable.
inline std::string escaped(std::string_view bytes, std::size_t limit = 200) {
    std::string out;
    for (std::size_t i = 0; i < bytes.size() && i < limit; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\\' || c == '"') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c >= 0x20 && c < 0x7f) {
            out += static_cast<char>(c);
        } else {
            char hex[5];
            std::snprintf(hex, sizeof hex, "\\x%02x", c);
            out += hex;
        }
    }
    if (bytes.size() > limit) out += "...";
    return out;
}

[[noreturn]] inline void fail(std::string_view what, std::string_view detail) {
    std::fprintf(stderr, "fuzz: %.*s: %.*s\n", static_cast<int>(what.size()), what.data(),
                 static_cast<int>(detail.size() > 4000 ? 4000 : detail.size()), detail.data());
    if (!current_input_name.empty()) {
        const std::string bytes = escaped(current_input);
        std::fprintf(stderr, "fuzz: the input: %.*s (%zu bytes): \"%s\"\n", static_cast<int>(current_input_name.size()),
                     current_input_name.data(), current_input.size(), bytes.c_str());
    }
    std::abort();
}

inline void check_message(const Error& e) {
    const std::string_view what = e.what();
    if (find_utf8_defect(what)) fail("an error message that is not UTF-8", what);
    if (what.size() > max_message_bytes) fail("an error message longer than 2000 bytes", what.substr(0, 300));
    if (what.empty()) fail("an empty error message", typeid(e).name());
}

// Runs `f`; an svctrade::Error is an accepted outcome (its message checked), anything else aborts.
template <class F>
void expect_error_or_value(F&& f) {
    try {
        f();
    } catch (const Error& e) {
        check_message(e);
    } catch (const std::exception& e) {
        fail(std::string("an exception that is not an svctrade::Error (") + typeid(e).name() + ")", e.what());
    } catch (...) {
        fail("an exception that is not an svctrade::Error", "(not a std::exception)");
    }
}

// A property that must hold whenever the input was accepted (a round trip).
inline void require(bool condition, std::string_view property, std::string_view detail = {}) {
    if (!condition) fail(property, detail);
}

inline std::string_view text_of(const std::uint8_t* data, std::size_t size) noexcept {
    return {reinterpret_cast<const char*>(data), size};
}

}  // namespace svctrade::fuzz
