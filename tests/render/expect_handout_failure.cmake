# Runs `EXE render --deck DECK --handout OUT`; passes when it exits non-zero with one error line naming EXPECT on
# stderr, and leaves no OUT behind.
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY
                        ${EXE} render --deck ${DECK} --handout ${OUT} --size 320x180
                RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
if(rc EQUAL 0)
  message(FATAL_ERROR "expected a non-zero exit, got 0; stderr: ${err}")
endif()
string(FIND "${err}" "error: ${EXPECT}" pos)
if(pos EQUAL -1)
  message(FATAL_ERROR "stderr has no error line naming '${EXPECT}': ${err}")
endif()
if(EXISTS ${OUT})
  message(FATAL_ERROR "a handout was written despite the error: ${OUT}")
endif()
message(STATUS "ok: exit ${rc}: ${err}")
