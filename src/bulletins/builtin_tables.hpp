// SPDX-License-Identifier: BSL-1.0
// The built-in template tables, as the CSV text a bureau's own table would be (docs/bulletins.md
// shows them). The wording is svctrade's own, in the manner of MOFCOM's English releases and the
// China Daily, and of 商务部 releases; no sentence is copied from a publication.
#pragma once

#include <string_view>

namespace svctrade::detail {

inline constexpr std::string_view english_templates_csv = R"(sentence,case,pattern
whole,total,"In {period}, {area}'s {item} imports and exports totaled {level} ({level_usd}), {growth_noun}, with {two_year_noun} over the two years from {base_period}."
whole,total,"In {period}, {area}'s {item} imports and exports totaled {level} ({level_usd}), {growth_noun}."
whole,total,"In {period}, {area}'s {item} imports and exports totaled {level}, {growth_noun}, with {two_year_noun} over the two years from {base_period}."
whole,total,"In {period}, {area}'s {item} imports and exports totaled {level}, {growth_noun}."
whole,total,"In {period}, {area}'s {item} imports and exports totaled {level} ({level_usd})."
whole,total,"In {period}, {area}'s {item} imports and exports totaled {level}."
whole,exports,"Exports of {item} were {level}, {growth}."
whole,exports,"Exports of {item} were {level}."
whole,imports,"Imports of {item} were {level}, {growth}."
whole,imports,"Imports of {item} were {level}."
whole,exports_first,"In {period}, {area}'s exports of {item} were {level}, {growth}."
whole,exports_first,"In {period}, {area}'s exports of {item} were {level}."
whole,imports_first,"In {period}, {area}'s imports of {item} were {level}, {growth}."
whole,imports_first,"In {period}, {area}'s imports of {item} were {level}."
balance,to_surplus,"Trade in {item} swung to a surplus of {balance} from a deficit of {last_year} in {last_period}."
balance,to_deficit,"Trade in {item} swung to a deficit of {balance} from a surplus of {last_year} in {last_period}."
balance,deficit_narrower,"The {item} trade deficit was {balance}, narrowing by {change} year on year."
balance,deficit_wider,"The {item} trade deficit was {balance}, widening by {change} year on year."
balance,surplus_wider,"The {item} trade surplus was {balance}, expanding by {change} year on year."
balance,surplus_narrower,"The {item} trade surplus was {balance}, shrinking by {change} year on year."
balance,deficit,"The {item} trade deficit was {balance}."
balance,surplus,"The {item} trade surplus was {balance}."
balance,balanced,"Exports and imports of {item} were roughly in balance."
item,total,"Trade in {item} totaled {level}, {growth}, accounting for {share} of the total, {share_change}."
item,total,"Trade in {item} totaled {level}, {growth}, accounting for {share} of the total."
item,total,"Trade in {item} totaled {level}, accounting for {share} of the total, {share_change}."
item,total,"Trade in {item} totaled {level}, accounting for {share} of the total."
item,total,"Trade in {item} totaled {level}, {growth}, with {two_year_noun} over the two years from {base_period}."
item,total,"Trade in {item} totaled {level} ({level_usd}), {growth}."
item,total,"Trade in {item} totaled {level}, {growth}."
item,total,"Trade in {item} totaled {level}."
item,total_first,"In {period}, {area}'s trade in {item} totaled {level}, {growth}, accounting for {share} of the total, {share_change}."
item,total_first,"In {period}, {area}'s trade in {item} totaled {level}, {growth}."
item,total_first,"In {period}, {area}'s trade in {item} totaled {level}."
item,exports,"Exports of {item} were {level}, {growth}, making up {share} of all {whole} exports, {share_change}."
item,exports,"Exports of {item} were {level}, {growth}, making up {share} of all {whole} exports."
item,exports,"Exports of {item} were {level}, making up {share} of all {whole} exports, {share_change}."
item,exports,"Exports of {item} were {level}, making up {share} of all {whole} exports."
item,exports,"Exports of {item} were {level} ({level_usd}), {growth}."
item,exports,"Exports of {item} were {level}, {growth}."
item,exports,"Exports of {item} were {level}."
item,exports_first,"In {period}, {area}'s exports of {item} were {level}, {growth}."
item,exports_first,"In {period}, {area}'s exports of {item} were {level}."
item,imports,"Imports of {item} were {level}, {growth}, making up {share} of all {whole} imports, {share_change}."
item,imports,"Imports of {item} were {level}, {growth}, making up {share} of all {whole} imports."
item,imports,"Imports of {item} were {level}, making up {share} of all {whole} imports, {share_change}."
item,imports,"Imports of {item} were {level}, making up {share} of all {whole} imports."
item,imports,"Imports of {item} were {level} ({level_usd}), {growth}."
item,imports,"Imports of {item} were {level}, {growth}."
item,imports,"Imports of {item} were {level}."
item,imports_first,"In {period}, {area}'s imports of {item} were {level}, {growth}."
item,imports_first,"In {period}, {area}'s imports of {item} were {level}."
footnote,total,"Note: exports and imports of {item} add up to {sum} rather than the {printed} shown for their total, because each figure is rounded separately."
footnote,surplus,"Note: exports less imports of {item} come to {sum} rather than the surplus of {printed}, because each figure is rounded separately."
footnote,deficit,"Note: imports less exports of {item} come to {sum} rather than the deficit of {printed}, because each figure is rounded separately."
footnote,parts,"Note: the {flow} of the items above add up to {sum} rather than the {printed} of all {item}, because each figure is rounded separately."
footnote,shares,"Note: the shares of the items above in {item} {flow} add up to {sum} rather than 100 percent, because each share is rounded separately."
flow,total,imports and exports
flow,exports,exports
flow,imports,imports
qualifier,nearly,nearly
qualifier,over,over
qualifier,about,about
)";

inline constexpr std::string_view chinese_templates_csv = R"(sentence,case,pattern
whole,total,{period}，{area}{item}进出口总额{level}（折合{level_usd}），{growth}，与{base_period}相比{two_year}。
whole,total,{period}，{area}{item}进出口总额{level}（折合{level_usd}），{growth}。
whole,total,{period}，{area}{item}进出口总额{level}，{growth}，与{base_period}相比{two_year}。
whole,total,{period}，{area}{item}进出口总额{level}，{growth}。
whole,total,{period}，{area}{item}进出口总额{level}（折合{level_usd}）。
whole,total,{period}，{area}{item}进出口总额{level}。
whole,exports,其中，{item}出口{level}，{growth}。
whole,exports,其中，{item}出口{level}。
whole,imports,{item}进口{level}，{growth}。
whole,imports,{item}进口{level}。
whole,exports_first,{period}，{area}{item}出口{level}，{growth}。
whole,exports_first,{period}，{area}{item}出口{level}。
whole,imports_first,{period}，{area}{item}进口{level}，{growth}。
whole,imports_first,{period}，{area}{item}进口{level}。
balance,to_surplus,{item}贸易由{last_period}逆差{last_year}转为顺差{balance}。
balance,to_deficit,{item}贸易由{last_period}顺差{last_year}转为逆差{balance}。
balance,deficit_narrower,{item}贸易逆差{balance}，同比减少{change}。
balance,deficit_wider,{item}贸易逆差{balance}，同比增加{change}。
balance,surplus_wider,{item}贸易顺差{balance}，同比增加{change}。
balance,surplus_narrower,{item}贸易顺差{balance}，同比减少{change}。
balance,deficit,{item}贸易逆差{balance}。
balance,surplus,{item}贸易顺差{balance}。
balance,balanced,{item}进出口基本平衡。
item,total,{item}进出口{level}，{growth}，占{whole}进出口总额的比重为{share}，{share_change}。
item,total,{item}进出口{level}，{growth}，占{whole}进出口总额的比重为{share}。
item,total,{item}进出口{level}，占{whole}进出口总额的比重为{share}，{share_change}。
item,total,{item}进出口{level}，占{whole}进出口总额的比重为{share}。
item,total,{item}进出口{level}，{growth}，与{base_period}相比{two_year}。
item,total,{item}进出口{level}（折合{level_usd}），{growth}。
item,total,{item}进出口{level}，{growth}。
item,total,{item}进出口{level}。
item,total_first,{period}，{area}{item}进出口{level}，{growth}，占{whole}进出口总额的比重为{share}，{share_change}。
item,total_first,{period}，{area}{item}进出口{level}，{growth}。
item,total_first,{period}，{area}{item}进出口{level}。
item,exports,{item}出口{level}，{growth}，占{whole}出口总额的比重为{share}，{share_change}。
item,exports,{item}出口{level}，{growth}，占{whole}出口总额的比重为{share}。
item,exports,{item}出口{level}，占{whole}出口总额的比重为{share}，{share_change}。
item,exports,{item}出口{level}，占{whole}出口总额的比重为{share}。
item,exports,{item}出口{level}（折合{level_usd}），{growth}。
item,exports,{item}出口{level}，{growth}。
item,exports,{item}出口{level}。
item,exports_first,{period}，{area}{item}出口{level}，{growth}。
item,exports_first,{period}，{area}{item}出口{level}。
item,imports,{item}进口{level}，{growth}，占{whole}进口总额的比重为{share}，{share_change}。
item,imports,{item}进口{level}，{growth}，占{whole}进口总额的比重为{share}。
item,imports,{item}进口{level}，占{whole}进口总额的比重为{share}，{share_change}。
item,imports,{item}进口{level}，占{whole}进口总额的比重为{share}。
item,imports,{item}进口{level}（折合{level_usd}），{growth}。
item,imports,{item}进口{level}，{growth}。
item,imports,{item}进口{level}。
item,imports_first,{period}，{area}{item}进口{level}，{growth}。
item,imports_first,{period}，{area}{item}进口{level}。
footnote,total,注：{item}出口与进口之和为{sum}，与进出口总额{printed}不等，系各项数据分别四舍五入所致。
footnote,surplus,注：{item}出口减进口为{sum}，与顺差{printed}不等，系各项数据分别四舍五入所致。
footnote,deficit,注：{item}进口减出口为{sum}，与逆差{printed}不等，系各项数据分别四舍五入所致。
footnote,parts,注：上述各项{flow}额之和为{sum}，与{item}{flow}总额{printed}不等，系各项数据分别四舍五入所致。
footnote,shares,注：上述各项占{item}{flow}总额的比重之和为{sum}，不等于100%，系各项比重分别四舍五入所致。
flow,total,进出口
flow,exports,出口
flow,imports,进口
qualifier,nearly,近
qualifier,over,超过
qualifier,about,约
)";

}  // namespace svctrade::detail
