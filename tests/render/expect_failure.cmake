# Runs `EXE render --geodata GEODATA --out OUT`; passes when it exits non-zero, names EXPECT on stderr and writes no file.
execute_process(COMMAND ${EXE} render --geodata ${GEODATA} --out ${OUT} --size 320x200
                RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
if(rc EQUAL 0)
  message(FATAL_ERROR "expected a non-zero exit, got 0; stderr: ${err}")
endif()
string(FIND "${err}" "${EXPECT}" pos)
if(pos EQUAL -1)
  message(FATAL_ERROR "stderr does not name '${EXPECT}': ${err}")
endif()
if(EXISTS ${OUT})
  message(FATAL_ERROR "a PNG was written despite the error: ${OUT}")
endif()
message(STATUS "ok: exit ${rc}: ${err}")
