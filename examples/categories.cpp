// SPDX-License-Identifier: BSL-1.0
// The EBOPS 2010 categories behind a services-trade release: the main components with their
// English and Chinese names, the members of the knowledge-intensive and digitally deliverable
// aggregates, and the category names used by China Daily's article on Xiamen (27 Aug 2021).
#include <svctrade/categories/aggregate.hpp>
#include <svctrade/categories/category.hpp>
#include <svctrade/categories/classification.hpp>

#include <iostream>
#include <string>
#include <string_view>

using namespace svctrade;

namespace {

void print_aggregate(const Aggregate& a) {
    std::cout << a.name() << " (" << a.chinese_name() << "), definition " << to_string(a.status()) << ":\n";
    for (const Category c : a.members().members()) {
        std::cout << "  " << c.code() << "  " << c.name() << " / " << *c.chinese_name(ChineseNameForm::mofcom_short)
                  << '\n';
    }
    std::cout << "  covers " << a.members().leaves().size() << " of "
              << Category::total().leaves(RoleFilter::summable()).size() << " finest component items\n";
    std::cout << "  source: " << a.source() << "\n\n";
}

}  // namespace

int main() {
    std::cout << "EBOPS 2010 main components (SAFE table name / MOFCOM short form):\n";
    for (const Category c : Category::main_components()) {
        std::cout << "  " << c.code() << "  " << c.name() << "  " << *c.chinese_name(ChineseNameForm::safe) << " / "
                  << *c.chinese_name(ChineseNameForm::mofcom_short) << '\n';
    }
    std::cout << '\n';

    print_aggregate(Aggregate::builtin(BuiltinAggregate::knowledge_intensive));
    print_aggregate(Aggregate::builtin(BuiltinAggregate::digitally_deliverable));

    // The article's names, plus one a reader might try that the tables do not know.
    const Classification names;
    const NameMapping mapping =
        names.resolve_all({"aviation maintenance", "computer services", "financial services", "cultural tourism"});
    std::cout << "Category names in the article:\n";
    for (const NameMatch& m : mapping.mapped) {
        std::cout << "  \"" << m.input << "\" -> ";
        if (m.target.is_category()) {
            const Category c = m.target.category();
            std::cout << c.code() << " " << c.name();
        } else {
            std::cout << names.aggregate(m.target.aggregate_key()).name();
        }
        std::cout << (m.relation == AliasRelation::part_of ? " (a part of it)" : "") << "; matched as "
                  << to_string(m.kind) << ", " << to_string(m.status) << '\n';
        std::cout << "      source: " << m.source << '\n';
    }
    for (const std::string& u : mapping.unmapped) {
        std::cout << "  \"" << u << "\" is not a known name";
        const auto near = names.suggestions(u, 3);
        if (!near.empty()) {
            std::cout << "; close names:";
            for (const std::string& n : near) std::cout << " \"" << n << "\"";
        }
        std::cout << '\n';
    }
    return 0;
}
