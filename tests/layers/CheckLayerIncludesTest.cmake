# SPDX-License-Identifier: GPL-3.0-or-later
# The test of core/CheckLayerIncludes.cmake (ctest unit/layer_check): runs the check with the
# real rules of core/delivery/ on two fixtures and expects
#   forbidden/  to fail, naming file:line of each forbidden include (also one through
#               "../") with the layer sentence, not the commented one, and leaving no stamp;
#   clean/      to pass and touch its stamp.
# -DSCRIPT=<check script> -DALLOWED=<a,b,..> -DFOLDERS=<a,b,..> -DFIXTURES=<this folder>
# -DWORK=<scratch folder>
cmake_minimum_required(VERSION 3.21)
string(REPLACE "," ";" allowed "${ALLOWED}")
string(REPLACE "," ";" folders "${FOLDERS}")
if(NOT "diagnostics" IN_LIST folders OR "diagnostics" IN_LIST allowed)
    message(FATAL_ERROR "the real rules changed: delivery/ may include diagnostics/ now")
endif()

function(run_check fixture result_var output_var stamp_var)
    file(GLOB sources ${FIXTURES}/${fixture}/delivery/*.cpp)
    set(stamp ${WORK}/${fixture}.stamp)
    set(rules ${WORK}/${fixture}.rules.cmake)
    file(WRITE ${rules} "set(LAYER delivery)
set(ALLOWED \"${allowed}\")
set(FOLDERS \"${folders}\")
set(SOURCES \"${sources}\")
set(STAMP \"${stamp}\")
")
    # A stamp from an earlier, passing run must not survive a failing one.
    file(TOUCH ${stamp})
    execute_process(COMMAND ${CMAKE_COMMAND} -DRULES=${rules} -P ${SCRIPT}
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    message(STATUS "${fixture}: exit ${result}\n${out}${err}")
    set(${result_var} ${result} PARENT_SCOPE)
    set(${output_var} "${out}${err}" PARENT_SCOPE)
    if(EXISTS ${stamp})
        set(${stamp_var} TRUE PARENT_SCOPE)
    else()
        set(${stamp_var} FALSE PARENT_SCOPE)
    endif()
endfunction()

file(MAKE_DIRECTORY ${WORK})
set(failures)

run_check(forbidden result output stamp)
set(file ${FIXTURES}/forbidden/delivery/Forbidden.cpp)
if(result EQUAL 0)
    list(APPEND failures "forbidden: the check passed")
endif()
foreach(line 7 9)
    string(FIND "${output}"
           "${file}:${line}: delivery/ may not include diagnostics/ (layers: docs/ARCHITECTURE.md)"
           at)
    if(at EQUAL -1)
        list(APPEND failures "forbidden: line ${line} not reported")
    endif()
endforeach()
string(REGEX MATCHALL "may not include" reports "${output}")
list(LENGTH reports count)
if(NOT count EQUAL 2)
    list(APPEND failures "forbidden: ${count} reports instead of 2")
endif()
if(stamp)
    list(APPEND failures "forbidden: the stamp was left in place")
endif()

run_check(clean result output stamp)
if(NOT result EQUAL 0)
    list(APPEND failures "clean: the check failed")
endif()
if(NOT stamp)
    list(APPEND failures "clean: no stamp")
endif()

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "layer check test failed:\n  ${text}")
endif()
message(STATUS "layer check test passed")
