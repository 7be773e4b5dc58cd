// SPDX-License-Identifier: BSL-1.0
#include <svctrade/text/csv_writer.hpp>

#include <ostream>

namespace svctrade {

namespace {
constexpr std::size_t spill_at = std::size_t{1} << 20;
}  // namespace

void append_csv_field(std::string& out, std::string_view text, char separator) {
    // A field that starts with U+FEFF is quoted: at the start of a text the reader would take it
    // for a byte-order mark and drop it (found by the csv fuzz target).
    bool quote = !text.empty() && (text.front() == ' ' || text.front() == '\t' || text.back() == ' ' ||
                                   text.back() == '\t' || text.substr(0, 3) == "\xEF\xBB\xBF");
    for (const char c : text) {
        if (c == separator || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(text);
        return;
    }
    out += '"';
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

CsvWriter::CsvWriter(std::ostream& out, CsvDialect dialect) : out_(&out), dialect_(dialect) {
    const char sep = dialect_.separator;
    if (sep == '"' || sep == '\n' || sep == '\r' || sep == '\0' || static_cast<unsigned char>(sep) >= 0x80) {
        throw InvalidArgument("a CSV field separator must be an ASCII character other than a quote, CR, LF or NUL");
    }
    buffer_.reserve(spill_at + 4096);
}

CsvWriter::~CsvWriter() {
    try {
        if (!buffer_.empty()) out_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    } catch (...) {  // NOLINT(bugprone-empty-catch): a destructor must not throw; the stream shows it
    }
}

void CsvWriter::separate() {
    if (fields_ > 0) buffer_ += dialect_.separator;
    ++fields_;
}

void CsvWriter::field(std::string_view text) {
    separate();
    // The first field of a record that starts with the dialect's comment character is quoted, or
    // the reader would skip the record as a comment line.
    if (fields_ == 1 && dialect_.comment != '\0' && !text.empty() && text.front() == dialect_.comment) {
        buffer_ += '"';
        for (const char c : text) {
            if (c == '"') buffer_ += '"';
            buffer_ += c;
        }
        buffer_ += '"';
        last_empty_ = false;
        return;
    }
    append_csv_field(buffer_, text, dialect_.separator);
    last_empty_ = text.empty();
}

void CsvWriter::plain_field(std::string_view text) {
    separate();
    buffer_.append(text);
    last_empty_ = text.empty();
}

void CsvWriter::end_record() {
    if (fields_ == 1 && last_empty_) buffer_ += "\"\"";
    buffer_ += dialect_.line_break == CsvDialect::LineBreak::crlf ? "\r\n" : "\n";
    fields_ = 0;
    if (buffer_.size() >= spill_at) spill();
}

void CsvWriter::spill() {
    out_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
    if (!*out_) throw Error("cannot write CSV: the stream refused the bytes");
}

void CsvWriter::finish() {
    spill();
    out_->flush();
    if (!*out_) throw Error("cannot write CSV: the stream refused the bytes");
}

}  // namespace svctrade
