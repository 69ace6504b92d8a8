# Runs `EXE render --size 640x400` twice with no display and fresh cache folders under WORK: once as the machine
# is, once with PROJ's data files out of reach (PROJ_DATA and PROJ_LIB naming a folder that does not exist, so
# proj.db cannot be found). The map projections need nothing from them: both runs must exit 0 and write the same PNG.
file(REMOVE_RECURSE ${WORK})
foreach(run with-data without-data)
  file(MAKE_DIRECTORY ${WORK}/cache-${run})
  set(env ATLAS_CACHE_DIR=${WORK}/cache-${run})
  if(run STREQUAL "without-data")
    list(APPEND env PROJ_DATA=${WORK}/no-proj-data PROJ_LIB=${WORK}/no-proj-data)
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY ${env}
                          ${EXE} render --size 640x400 --out ${WORK}/${run}.png
                  RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "render ${run} failed (${rc}): ${err}")
  endif()
  file(SHA256 ${WORK}/${run}.png hash-${run})
endforeach()
if(NOT hash-with-data STREQUAL hash-without-data)
  message(FATAL_ERROR "the map drawn without PROJ's data differs from the one drawn with it")
endif()
message(STATUS "ok: the same map with and without PROJ's data files")
