# Writes the deck's handout with no display (`render --deck DECK --handout OUT`), then checks it with CHECK
# (atlas_handout_check: poppler reads the pages, their text holds each slide's title and citation).
file(REMOVE ${OUT})
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY
                        ${EXE} render --deck ${DECK} --handout ${OUT} --size 960x540
                RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "render --handout exited ${rc}: ${err}")
endif()
if(NOT EXISTS ${OUT})
  message(FATAL_ERROR "render --handout exited 0 but wrote no ${OUT}")
endif()
execute_process(COMMAND ${CHECK} ${OUT} ${DECK} ${GEODATA} ${CORPUS} RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${out}${err}")
endif()
message(STATUS "ok: ${out}")
