// SPDX-License-Identifier: BSL-1.0
// The RFC 4180 tokenizer under every reader (CsvReader from bytes and from a stream in small
// chunks, parse_csv, CsvTable) in comma, semicolon (with # comments) and tab dialects. The two readers agree field
// for field, and what CsvWriter writes of the records reads back to the same fields.
#include <sstream>
#include <string>
#include <vector>

#include <svctrade/text/csv.hpp>
#include <svctrade/text/csv_reader.hpp>
#include <svctrade/text/csv_writer.hpp>

#include "fuzz.hpp"

using namespace svctrade;

namespace {

using Records = std::vector<std::vector<std::string>>;

Records read_all(CsvReader& reader) {
    Records out;
    while (const CsvRow* row = reader.next()) {
        std::vector<std::string> fields;
        for (std::size_t i = 0; i < row->size(); ++i) {
            fields.emplace_back((*row)[i]);
            (void)row->column(i);
        }
        out.push_back(std::move(fields));
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    for (const char separator : {',', ';', '\t'}) {
        // The semicolon dialect also has comment lines (#), as spreadsheets' notes.
        const char comment = separator == ';' ? '#' : '\0';
        const CsvDialect dialect{separator, CsvDialect::LineBreak::lf, comment};
        fuzz::expect_error_or_value([&] {
            CsvReader bytes(text, "fuzz.csv", dialect);
            const Records records = read_all(bytes);
            std::istringstream in{std::string(text)};
            CsvReader stream(in, "fuzz.csv", dialect, 7);
            Records streamed;
            try {
                streamed = read_all(stream);
            } catch (const Error& e) {
                fuzz::fail("the stream reader refuses what the byte reader read", e.what());
            }
            fuzz::require(streamed == records, "the stream and byte readers disagree");
            const std::vector<CsvRecord> parsed = parse_csv(text, "fuzz.csv", dialect);
            fuzz::require(parsed.size() == records.size(), "parse_csv and CsvReader disagree on records");
            for (const auto line_break : {CsvDialect::LineBreak::lf, CsvDialect::LineBreak::crlf}) {
                std::ostringstream out;
                CsvWriter writer(out, CsvDialect{separator, line_break, comment});
                for (const auto& record : records) {
                    for (const auto& field : record) writer.field(field);
                    writer.end_record();
                }
                writer.finish();
                const std::string written = out.str();  // the reader keeps a view: name it
                CsvReader back(written, "written.csv", dialect);
                Records again;
                try {
                    again = read_all(back);
                } catch (const Error& e) {
                    fuzz::fail("CsvWriter wrote a text that does not read back", e.what());
                }
                fuzz::require(again == records, "read(write(records)) != records", written);
            }
        });
        fuzz::expect_error_or_value([&] {
            const CsvTable table(text, "fuzz.csv", dialect);
            (void)table;
        });
    }
    return 0;
}
