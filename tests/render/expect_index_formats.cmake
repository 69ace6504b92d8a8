# Runs `EXE index --corpus CORPUS --json` on the reading list of tests/data/formats (HTML, PDF, DOCX, ODT and three
# files that cannot be read) and checks the JSON: every readable document indexed with its mentions, pages in the
# PDF's passages and mentions, the HTML chrome left out; one warning line on stderr per bad file, naming it.
cmake_minimum_required(VERSION 3.19)  # string(JSON), IN_LIST
set(ENV{ATLAS_CACHE_DIR} "${CACHE}")
file(REMOVE_RECURSE "${CACHE}")
execute_process(COMMAND ${EXE} index --corpus ${CORPUS} --json RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "index exited ${rc}; stderr: ${err}")
endif()
foreach(line "caucasus-atlas: warning: locked.pdf: encrypted PDF, cannot read without a password"
             "caucasus-atlas: warning: scanned.pdf: no text layer (scanned?)"
             "caucasus-atlas: warning: broken.docx: corrupt ZIP")
  string(FIND "${err}" "${line}" pos)
  if(pos EQUAL -1)
    message(FATAL_ERROR "stderr lacks '${line}':\n${err}")
  endif()
endforeach()

string(JSON ndocs LENGTH "${out}" documents)
set(files "")
math(EXPR last "${ndocs} - 1")
foreach(d RANGE ${last})
  string(JSON f GET "${out}" documents ${d} file)
  string(JSON title GET "${out}" documents ${d} title)
  list(APPEND files "${f}")
  set(title_${f} "${title}")
  set(doc_${d} "${f}")
endforeach()
if(NOT files STREQUAL "article.html;field_notes.odt;legacy.html;memo.docx;report.pdf")
  message(FATAL_ERROR "documents: ${files}")
endif()
if(NOT title_report.pdf STREQUAL "Corridor survey" OR NOT title_memo.docx STREQUAL "Gyumri memo"
   OR NOT title_article.html STREQUAL "Border talks resume in Tbilisi" OR NOT title_field_notes.odt STREQUAL "Sevan field notes")
  message(FATAL_ERROR "titles: ${title_report.pdf} | ${title_memo.docx} | ${title_article.html} | ${title_field_notes.odt}")
endif()

# mentions: "file feature page" triples
string(JSON nm LENGTH "${out}" mentions)
set(found "")
math(EXPR last "${nm} - 1")
foreach(m RANGE ${last})
  string(JSON feature GET "${out}" mentions ${m} feature)
  string(JSON doc GET "${out}" mentions ${m} document)
  string(JSON page GET "${out}" mentions ${m} page)
  if(page STREQUAL "")  # JSON null: a document without pages
    set(page "-")
  endif()
  list(APPEND found "${doc_${doc}} ${feature} ${page}")
endforeach()
foreach(expected "article.html tbilisi -" "article.html yerevan -" "memo.docx gyumri -"
                 "field_notes.odt lake-sevan -" "report.pdf yerevan 1" "report.pdf gyumri 2")
  if(NOT expected IN_LIST found)
    message(FATAL_ERROR "no mention '${expected}' in: ${found}")
  endif()
endforeach()
foreach(chrome "article.html gyumri -" "article.html ganja -" "article.html kutaisi -")
  if(chrome IN_LIST found)
    message(FATAL_ERROR "page chrome linked: '${chrome}'")
  endif()
endforeach()
message(STATUS "ok: ${ndocs} documents, ${nm} mentions")
