# SPDX-License-Identifier: BSL-1.0
# cmake -P script run after Doxygen by the docs target: fails on the public names Doxygen 1.9
# leaves undocumented without a warning, namely enumerators and concepts, reading Doxygen's XML
# output in XML_DIR.
cmake_minimum_required(VERSION 3.25)

# Only the compounds of this run: Doxygen rewrites index.xml but leaves stale compound files.
file(READ "${XML_DIR}/index.xml" index)
string(REGEX MATCHALL "<compound refid=\"[^\"]+\"" refs "${index}")
set(compounds "")
foreach(ref IN LISTS refs)
  string(REGEX REPLACE "^<compound refid=\"([^\"]+)\"$" "\\1" id "${ref}")
  list(APPEND compounds "${XML_DIR}/${id}.xml")
endforeach()
if(NOT compounds)
  message(FATAL_ERROR "no compounds in ${XML_DIR}/index.xml: did Doxygen run?")
endif()
set(space "[ \t\r\n]*")
set(empty_docs "<briefdescription>${space}</briefdescription>${space}<detaileddescription>${space}</detaileddescription>")
set(missing "")
foreach(compound IN LISTS compounds)
  file(READ "${compound}" xml)
  # An enumerator with neither a brief nor a detailed description (its initializer may hold
  # refs), reported with its enum's qualified name and location.
  while(TRUE)
    string(FIND "${xml}" "<memberdef kind=\"enum\"" begin)
    if(begin EQUAL -1)
      break()
    endif()
    string(SUBSTRING "${xml}" ${begin} -1 xml)
    string(FIND "${xml}" "</memberdef>" end)
    string(SUBSTRING "${xml}" 0 ${end} enum)
    string(SUBSTRING "${xml}" ${end} -1 xml)
    string(REGEX MATCH "<qualifiedname>([^<]*)</qualifiedname>" _ "${enum}")
    set(enum_name "${CMAKE_MATCH_1}")
    string(REGEX MATCH "<location file=\"([^\"]*)\" line=\"([0-9]+)\"" _ "${enum}")
    set(enum_where "${CMAKE_MATCH_1}:${CMAKE_MATCH_2}")
    string(REGEX MATCHALL
      "<enumvalue [^>]*>${space}<name>[^<]*</name>${space}(<initializer>([^<]|<ref [^>]*>|</ref>)*</initializer>${space})?${empty_docs}"
      enumerators "${enum}")
    foreach(enumerator IN LISTS enumerators)
      string(REGEX MATCH "<name>([^<]*)</name>" _ "${enumerator}")
      list(APPEND missing "${enum_where}: enumerator ${enum_name}::${CMAKE_MATCH_1} is not documented")
    endforeach()
  endwhile()
  # A concept's own description comes right before its location.
  file(READ "${compound}" xml)
  if(xml MATCHES "<compounddef [^>]*kind=\"concept\"" AND
     xml MATCHES "<compoundname>([^<]*)</compoundname>")
    set(name "${CMAKE_MATCH_1}")
    if(xml MATCHES "${empty_docs}${space}<location file=\"([^\"]*)\" line=\"([0-9]+)\"")
      list(APPEND missing "${CMAKE_MATCH_1}:${CMAKE_MATCH_2}: concept ${name} is not documented")
    endif()
  endif()
endforeach()
if(missing)
  list(JOIN missing "\n  " text)
  message(FATAL_ERROR "public names without a /// comment:\n  ${text}")
endif()
