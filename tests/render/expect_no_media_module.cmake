# Runs `EXE render ARGS --out/--handout OUT` with ATLAS_MEDIA_MODULE naming a file that does not exist and no
# display; passes when it exits non-zero with one error line naming OUT, the module and the file tried, and leaves
# no OUT behind. ARGS is a ;-separated list.
set(module /nonexistent/libcaucasus-atlas-media.so)
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY ATLAS_MEDIA_MODULE=${module}
                        ${EXE} render ${ARGS} ${OUT}
                RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
if(rc EQUAL 0)
  message(FATAL_ERROR "expected a non-zero exit, got 0; stderr: ${err}")
endif()
set(expect "error: ${OUT}: cannot load the media module libcaucasus-atlas-media.so; tried:\n  ${module}: no such file")
string(FIND "${err}" "${expect}" pos)
if(pos EQUAL -1)
  message(FATAL_ERROR "stderr does not say '${expect}': ${err}")
endif()
if(EXISTS ${OUT})
  message(FATAL_ERROR "a file was written despite the error: ${OUT}")
endif()
message(STATUS "ok: exit ${rc}: ${err}")
