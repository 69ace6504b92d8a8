# Runs `EXE check --geodata GEODATA`; passes when it exits non-zero and stdout holds every line fragment in EXPECT
# ('|'-separated, e.g. "gazetteer.geojson: bowtie-region: |events.json: ghost-visit: ").
execute_process(COMMAND ${EXE} check --geodata ${GEODATA} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0)
  message(FATAL_ERROR "expected a non-zero exit, got 0; stdout: ${out}")
endif()
string(REPLACE "|" ";" expected "${EXPECT}")
foreach(fragment IN LISTS expected)
  string(FIND "${out}" "${fragment}" pos)
  if(pos EQUAL -1)
    message(FATAL_ERROR "check output does not contain '${fragment}':\n${out}\nstderr: ${err}")
  endif()
endforeach()
message(STATUS "ok: exit ${rc}:\n${out}")
