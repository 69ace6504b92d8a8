# Runs `EXE render --size 640x400 --out OUT` twice with no display and fresh cache folders under WORK: once as the
# machine is, once with PROJ's data files out of reach (PROJ_DATA and PROJ_LIB naming a folder that does not
# exist, so proj.db cannot be found). The map projections need nothing from them: both runs must exit 0 and write
# the same PNG.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/cache-a ${WORK}/cache-b)
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY ATLAS_CACHE_DIR=${WORK}/cache-a
                        ${EXE} render --size 640x400 --out ${WORK}/with-data.png
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "render with PROJ's data failed (${rc}): ${err}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY ATLAS_CACHE_DIR=${WORK}/cache-b
                        PROJ_DATA=${WORK}/no-proj-data PROJ_LIB=${WORK}/no-proj-data
                        ${EXE} render --size 640x400 --out ${WORK}/without-data.png
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "render without PROJ's data failed (${rc}): ${err}")
endif()
file(SHA256 ${WORK}/with-data.png a)
file(SHA256 ${WORK}/without-data.png b)
if(NOT a STREQUAL b)
  message(FATAL_ERROR "the map drawn without PROJ's data differs from the one drawn with it")
endif()
message(STATUS "ok: the same map with and without PROJ's data files")
