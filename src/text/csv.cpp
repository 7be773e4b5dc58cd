// SPDX-License-Identifier: BSL-1.0
// RFC 4180 tokenizing with positions. One pass over the bytes: each character is decoded (and its
// UTF-8 checked) once, so that the column of every field and every error is counted in
// characters, as an editor shows it, not in bytes.
#include <svctrade/text/csv.hpp>

#include <iterator>
#include <string>
#include <utility>

namespace svctrade {

namespace {

std::string where(std::string_view source, std::size_t line, std::size_t column) {
    return std::string(source) + ":" + std::to_string(line) + ":" + std::to_string(column) + ": ";
}

// The bytes of a text with the current line and column, decoding one character at a time.
class Cursor {
public:
    Cursor(std::string_view text, std::string_view source) : text_(text), source_(source) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") at_ = 3;  // a byte-order mark is not content
    }

    [[nodiscard]] bool done() const noexcept { return at_ >= text_.size(); }
    [[nodiscard]] char peek() const noexcept { return text_[at_]; }
    [[nodiscard]] std::size_t line() const noexcept { return line_; }
    [[nodiscard]] std::size_t column() const noexcept { return column_; }

    // Whether a line break starts here (CRLF, LF or a lone CR).
    [[nodiscard]] bool at_break() const noexcept { return !done() && (peek() == '\n' || peek() == '\r'); }

    // Consumes a line break, appending it to `out` as written when given.
    void take_break(std::string* out) {
        const bool crlf = peek() == '\r' && at_ + 1 < text_.size() && text_[at_ + 1] == '\n';
        const std::size_t n = crlf ? 2 : 1;
        if (out) out->append(text_.substr(at_, n));
        at_ += n;
        ++line_;
        column_ = 1;
    }

    // Consumes one character (checking its UTF-8), appending its bytes to `out`.
    void take(std::string& out) {
        const std::size_t n = length();
        out.append(text_.substr(at_, n));
        at_ += n;
        ++column_;
    }
    void skip() {
        at_ += length();
        ++column_;
    }

    [[noreturn]] void fail(std::size_t line, std::size_t column, std::string_view input,
                           std::string_view reason) const {
        throw CsvError(source_, line, column, input, reason);
    }

private:
    // The byte length of the character at the cursor; throws for a byte sequence that is not
    // UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF) and for NUL.
    [[nodiscard]] std::size_t length() const {
        const auto b = [&](std::size_t i) { return static_cast<unsigned char>(text_[at_ + i]); };
        const unsigned char c = b(0);
        if (c == 0) fail(line_, column_, "", "a NUL character is not text");
        if (c < 0x80) return 1;
        std::size_t n = 0;
        unsigned lowest = 0;
        if ((c & 0xE0) == 0xC0) {
            n = 2;
            lowest = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            n = 3;
            lowest = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            n = 4;
            lowest = 0x10000;
        } else {
            fail(line_, column_, "", "the text is not UTF-8 (a byte that cannot start a character)");
        }
        if (at_ + n > text_.size())
            fail(line_, column_, "", "the text is not UTF-8 (a character cut short at the end)");
        unsigned code = c & (0x7F >> n);
        for (std::size_t i = 1; i < n; ++i) {
            if ((b(i) & 0xC0) != 0x80) fail(line_, column_, "", "the text is not UTF-8 (a character cut short)");
            code = (code << 6) | (b(i) & 0x3F);
        }
        if (code < lowest) fail(line_, column_, "", "the text is not UTF-8 (an overlong form)");
        if (code >= 0xD800 && code <= 0xDFFF) fail(line_, column_, "", "the text is not UTF-8 (a UTF-16 surrogate)");
        if (code > 0x10FFFF) fail(line_, column_, "", "the text is not UTF-8 (beyond U+10FFFF)");
        return n;
    }

    std::string_view text_;
    std::string_view source_;
    std::size_t at_ = 0;
    std::size_t line_ = 1;
    std::size_t column_ = 1;
};

CsvField read_field(Cursor& in) {
    CsvField f;
    f.line = in.line();
    f.column = in.column();
    if (!in.done() && in.peek() == '"') {
        f.quoted = true;
        in.skip();
        for (;;) {
            if (in.done()) in.fail(f.line, f.column, f.text, "a quoted field is never closed");
            if (in.at_break()) {
                in.take_break(&f.text);
            } else if (in.peek() == '"') {
                in.skip();
                if (!in.done() && in.peek() == '"') {
                    in.skip();
                    f.text += '"';
                } else {
                    break;
                }
            } else {
                in.take(f.text);
            }
        }
        if (!in.done() && !in.at_break() && in.peek() != ',') {
            in.fail(in.line(), in.column(), f.text,
                    "a closing quote must be followed by a comma or the end of the line (write \"\" for a quote)");
        }
        return f;
    }
    while (!in.done() && !in.at_break() && in.peek() != ',') {
        if (in.peek() == '"') {
            in.fail(in.line(), in.column(), f.text,
                    "a double quote inside an unquoted field (put the field in quotes and write \"\" for the quote)");
        }
        in.take(f.text);
    }
    return f;
}

std::string_view trimmed(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

}  // namespace

CsvError::CsvError(std::string_view source, std::size_t line, std::size_t column, std::string_view input,
                   std::string_view reason)
    : FileParseError(where(source, line, column) + std::string(reason), source, line, input,
                     column == 0 ? 0 : column - 1, reason),
      column_(column) {}
CsvError::~CsvError() = default;

std::vector<CsvRecord> parse_csv(std::string_view text, std::string_view source) {
    std::vector<CsvRecord> records;
    Cursor in(text, source);
    while (!in.done()) {
        if (in.at_break()) {  // a line with nothing on it
            in.take_break(nullptr);
            continue;
        }
        CsvRecord r;
        r.line = in.line();
        for (;;) {
            r.fields.push_back(read_field(in));
            if (in.done()) break;
            if (in.at_break()) {
                in.take_break(nullptr);
                break;
            }
            in.skip();  // the comma
        }
        records.push_back(std::move(r));
    }
    return records;
}

CsvTable::CsvTable(std::string_view text, std::string source) : source_(std::move(source)) {
    std::vector<CsvRecord> records = parse_csv(text, source_);
    if (records.empty())
        throw CsvError(source_, 1, 1, "", "the file is empty: a header row naming the columns is needed");
    const CsvRecord& header = records.front();
    header_line_ = header.line;
    for (const CsvField& f : header.fields) {
        const std::string_view name = trimmed(f.text);
        if (name.empty()) throw CsvError(source_, f.line, f.column, f.text, "a column of the header has no name");
        for (const std::string& seen : columns_) {
            if (seen == name) {
                throw CsvError(source_, f.line, f.column, f.text,
                               "the header names the column \"" + std::string(name) + "\" twice");
            }
        }
        columns_.emplace_back(name);
    }
    rows_.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
    for (const CsvRecord& r : rows_) {
        if (r.fields.size() < columns_.size()) {
            const CsvField& last = r.fields.back();
            throw CsvError(source_, r.line, last.column, last.text,
                           "the row has " + std::to_string(r.fields.size()) + " fields but the header has " +
                               std::to_string(columns_.size()) + ": column \"" + columns_[r.fields.size()] +
                               "\" is missing");
        }
        if (r.fields.size() > columns_.size()) {
            const CsvField& extra = r.fields[columns_.size()];
            throw CsvError(source_, extra.line, extra.column, extra.text,
                           "the row has " + std::to_string(r.fields.size()) + " fields but the header has " +
                               std::to_string(columns_.size()) + " (a comma in a value needs quotes)");
        }
    }
}

std::optional<std::size_t> CsvTable::find(std::string_view name) const noexcept {
    for (std::size_t i = 0; i < columns_.size(); ++i)
        if (columns_[i] == name) return i;
    return std::nullopt;
}

std::size_t CsvTable::require(std::string_view name) const {
    if (const auto i = find(name)) return *i;
    throw CsvError(source_, header_line_, 1, "",
                   "the header has no column \"" + std::string(name) + "\", which is required");
}

CsvError CsvTable::error(const CsvRecord& row, std::size_t column, std::string_view reason) const {
    const CsvField& f = row.fields.at(column);
    return CsvError(source_, f.line, f.column, f.text,
                    "column \"" + columns_.at(column) + "\": " + std::string(reason));
}

}  // namespace svctrade
