// SPDX-License-Identifier: BSL-1.0
#include "io/prefix_stream.hpp"

#include <array>
#include <string>

#include <svctrade/error.hpp>

namespace svctrade::detail {
namespace {

class PrefixBuffer : public std::streambuf {
public:
    PrefixBuffer(std::string prefix, std::istream& rest) : prefix_(std::move(prefix)), rest_(&rest) {
        setg(prefix_.data(), prefix_.data(), prefix_.data() + prefix_.size());
    }

protected:
    int_type underflow() override {
        if (gptr() != nullptr && gptr() < egptr()) return traits_type::to_int_type(*gptr());
        if (!rest_->good()) return traits_type::eof();
        rest_->read(chunk_.data(), static_cast<std::streamsize>(chunk_.size()));
        const std::streamsize n = rest_->gcount();
        if (rest_->bad()) throw Error("the stream failed while reading");
        if (n <= 0) return traits_type::eof();
        setg(chunk_.data(), chunk_.data(), chunk_.data() + n);
        return traits_type::to_int_type(*gptr());
    }

private:
    std::string prefix_;
    std::istream* rest_;
    std::array<char, 1 << 16> chunk_{};
};

}  // namespace

std::string read_prefix(std::istream& in, std::size_t count, const std::string& source) {
    std::string out;
    out.reserve(count);
    while (out.size() < count) {
        const int c = in.get();
        if (c == std::char_traits<char>::eof()) break;
        out.push_back(static_cast<char>(c));
        if (c == '\n' || c == '\r') break;
    }
    if (in.bad()) {
        throw Error(source + ": cannot read the stream (it failed after " + std::to_string(out.size()) + " bytes)");
    }
    if (in.eof()) in.clear(std::ios::eofbit);
    return out;
}

std::unique_ptr<std::streambuf> make_prefix_buffer(std::string prefix, std::istream& rest) {
    return std::make_unique<PrefixBuffer>(std::move(prefix), rest);
}

}  // namespace svctrade::detail
