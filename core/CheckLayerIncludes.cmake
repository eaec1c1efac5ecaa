# SPDX-License-Identifier: GPL-3.0-or-later
# The include check of one core library, run as `cmake -DRULES=<file> -P` before the
# library compiles (core/CMakeLists.txt) and by tests/layers on its fixtures. RULES is a
# CMake file that sets:
#   LAYER    the folder the sources belong to (delivery)
#   ALLOWED  the folders it may include besides its own (protocol;settings;oauth;session)
#   FOLDERS  every folder of core/ (an include naming anything else, <QtCore/...>, is no
#            business of this check)
#   SOURCES  the files to read
#   STAMP    touched when every include is allowed (the build's record that the check ran)
# Every `#include "<folder>/..."` or `#include <<folder>/...>` (also through "../") naming a
# folder of core/ that is neither LAYER nor in ALLOWED is reported as
#   <file>:<line>: delivery/ may not include diagnostics/ (layers: docs/ARCHITECTURE.md)
# and the script fails.
cmake_minimum_required(VERSION 3.21)

if(NOT RULES OR NOT EXISTS "${RULES}")
    message(FATAL_ERROR "CheckLayerIncludes.cmake: -DRULES=<file> is required")
endif()
include("${RULES}")

set(violations 0)
foreach(source IN LISTS SOURCES)
    file(READ "${source}" text)
    # One list element per line: neutralise what CMake lists treat specially first.
    string(REPLACE "\\" "/" text "${text}")
    string(REPLACE ";" "," text "${text}")
    string(REPLACE "[" "(" text "${text}")
    string(REPLACE "]" ")" text "${text}")
    string(REPLACE "\r" "" text "${text}")
    string(REPLACE "\n" ";" text "${text}")
    set(number 0)
    foreach(line IN LISTS text)
        math(EXPR number "${number} + 1")
        if(NOT line MATCHES "^[ \t]*#[ \t]*include[ \t]*[\"<]([^\">]*)[\">]")
            continue()
        endif()
        set(path "${CMAKE_MATCH_1}")
        # "../diagnostics/X.h" from a file of core/<folder>/ names diagnostics too.
        string(REGEX REPLACE "^(\\./|\\.\\./)+" "" path "${path}")
        if(NOT path MATCHES "^([^/]+)/")
            continue()
        endif()
        set(folder "${CMAKE_MATCH_1}")
        if(folder STREQUAL LAYER OR NOT folder IN_LIST FOLDERS OR folder IN_LIST ALLOWED)
            continue()
        endif()
        message(NOTICE "${source}:${number}: ${LAYER}/ may not include ${folder}/ "
                       "(layers: docs/ARCHITECTURE.md)")
        math(EXPR violations "${violations} + 1")
    endforeach()
endforeach()

if(violations GREATER 0)
    if(STAMP)
        file(REMOVE "${STAMP}")
    endif()
    message(FATAL_ERROR "${violations} forbidden include(s) in core/${LAYER}/")
endif()
if(STAMP)
    file(TOUCH "${STAMP}")
endif()
