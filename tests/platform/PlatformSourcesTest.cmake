# SPDX-License-Identifier: GPL-3.0-or-later
# The test of cmake/Platform.cmake (ctest unit/platform_sources), the one place that decides
# which files each platform compiles. Expects
#   - its list for this platform (unix) to be exactly the .cpp files this build's targets in
#     core/, ui/, app/ and installer/ compile (BUILT: one path per line, written at configure
#     time from the targets themselves), so that no target picks its files anywhere else;
#   - its list for Windows to hold the *_win.cpp files and none of the other platforms', no
#     TLS module and no policy tool (Windows builds neither), as scripts/check-windows.sh
#     compiles it;
#   - its definitions to be this build's (mailwright_strict's, DEFINITIONS) by name.
# -DLISTER=<cmake/Platform.cmake> -DROOT=<source root> -DBUILT=<file> -DDEFINITIONS=<a,b,..>
# -DGUI=<MAILWRIGHT_BUILD_GUI>
cmake_minimum_required(VERSION 3.21)

function(listing platform files_var definitions_var)
    execute_process(COMMAND ${CMAKE_COMMAND} -DMW_LIST_PLATFORM=${platform} -P ${LISTER}
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "the ${platform} listing failed (${result}): ${err}")
    endif()
    string(REPLACE "\n" ";" lines "${out}")
    set(files)
    set(definitions)
    foreach(line IN LISTS lines)
        if(line MATCHES "^-D([A-Za-z0-9_]+)")
            list(APPEND definitions ${CMAKE_MATCH_1})
        elseif(NOT line STREQUAL "")
            list(APPEND files ${line})
        endif()
    endforeach()
    set(${files_var} ${files} PARENT_SCOPE)
    set(${definitions_var} ${definitions} PARENT_SCOPE)
endfunction()

set(failures)
listing(unix unix_files unix_definitions)
listing(win win_files win_definitions)

file(STRINGS ${BUILT} built)
list(REMOVE_DUPLICATES built)
list(SORT built)
set(listed ${unix_files})
if(NOT GUI)  # a build without the window (MAILWRIGHT_BUILD_GUI=OFF) compiles neither
    list(FILTER listed EXCLUDE REGEX "^(ui|app/gui)/")
endif()
list(SORT listed)
if(NOT listed STREQUAL built)
    set(only_listed ${listed})
    list(REMOVE_ITEM only_listed ${built})
    set(only_built ${built})
    list(REMOVE_ITEM only_built ${listed})
    list(APPEND failures "the unix listing is not what the build compiles: listed only: "
         "[${only_listed}], built only: [${only_built}]")
endif()

foreach(wanted core/notify/SystemLog_win.cpp ui/Autostart_win.cpp core/session/KerberosTicket_win.cpp)
    if(NOT wanted IN_LIST win_files)
        list(APPEND failures "Windows compiles ${wanted}, the listing has it not")
    endif()
endforeach()
foreach(file IN LISTS win_files)
    if(file MATCHES "_(unix|mac)\\.cpp$" OR file MATCHES "^core/protocol/tls/"
       OR file MATCHES "^installer/policy/")
        list(APPEND failures "Windows does not compile ${file}, the listing has it")
    endif()
    if(NOT EXISTS ${ROOT}/${file})
        list(APPEND failures "no such file: ${file}")
    endif()
endforeach()
list(LENGTH win_files win_count)
if(win_count LESS 100)
    list(APPEND failures "the Windows listing has ${win_count} files")
endif()

string(REPLACE "," ";" expected "${DEFINITIONS}")
set(names)
foreach(definition IN LISTS expected)
    string(REGEX REPLACE "=.*" "" name "${definition}")
    list(APPEND names ${name})
endforeach()
foreach(got IN ITEMS unix_definitions win_definitions)
    if(NOT ${got} STREQUAL names)
        list(APPEND failures "${got}: [${${got}}], the build's: [${names}]")
    endif()
endforeach()

if(failures)
    string(REPLACE ";" "\n  " text "${failures}")
    message(FATAL_ERROR "cmake/Platform.cmake:\n  ${text}")
endif()
message(STATUS "cmake/Platform.cmake: ${win_count} files for Windows; the unix list is the build's")
