# SPDX-License-Identifier: GPL-3.0-or-later
# What each platform compiles, decided once: the source files of every library, module and
# program, and the definitions every target of the project compiles with. The build includes
# this file and calls mw_platform_sources() for its own platform (the top-level
# CMakeLists.txt); scripts/check-windows.sh asks the same function for Windows' files and
# the definitions, in script mode:
#
#   cmake -DMW_LIST_PLATFORM=win -P cmake/Platform.cmake     (one file per line, then
#                                                              "-D<definition>" lines)
#
# Platforms: unix (Linux and the BSDs), win, mac. A file named Name_<platform>.cpp compiles
# on that platform only.

if(CMAKE_SCRIPT_MODE_FILE)
    cmake_minimum_required(VERSION 3.21)
endif()
set(MW_PLATFORMS unix win mac)
get_filename_component(MW_SOURCE_ROOT "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)

# This build's platform.
function(mw_platform_name out)
    if(WIN32)
        set(${out} win PARENT_SCOPE)
    elseif(APPLE)
        set(${out} mac PARENT_SCOPE)
    else()
        set(${out} unix PARENT_SCOPE)
    endif()
endfunction()

# mw_platform_glob(<out> <platform> <patterns relative to the source root>...): the files that
# match, without the other platforms' Name_<platform>.cpp. Globbed again at each build when a
# file appears or goes (CONFIGURE_DEPENDS; not in script mode, where it does not exist).
function(mw_platform_glob out platform)
    set(patterns)
    foreach(pattern IN LISTS ARGN)
        list(APPEND patterns "${MW_SOURCE_ROOT}/${pattern}")
    endforeach()
    if(CMAKE_SCRIPT_MODE_FILE)
        file(GLOB files ${patterns})
    else()
        file(GLOB files CONFIGURE_DEPENDS ${patterns})
    endif()
    foreach(other IN LISTS MW_PLATFORMS)
        if(NOT other STREQUAL platform)
            list(FILTER files EXCLUDE REGEX "_${other}\\.cpp$")
        endif()
    endforeach()
    set(${out} ${files} PARENT_SCOPE)
endfunction()

# mw_platform_sources(<platform>): sets, in the caller's scope,
#   MW_SRC_LAYERS              the folders of core/ (each one a layer, core/CMakeLists.txt)
#   MW_SRC_LAYER_<layer>       each layer's sources
#   MW_SRC_QT_LOADERS          core/QtLoaders.cpp
#   MW_SRC_TLS_MODULE          the TLS module on OpenSSL (Linux and the BSDs; Windows and
#                              macOS keep QSslSocket with Qt's own backend), else empty
#   MW_SRC_SASL_MODULE, MW_SRC_KEYCHAIN_MODULE, MW_SRC_ARCHIVE_MODULE
#                              the other private modules (every platform)
#   MW_SRC_UI, MW_SRC_CLI, MW_SRC_GUI               the window's widgets and the two programs
#   MW_SRC_POLICY_TOOL         write-policy-templates, run to build the Linux packages'
#                              fleet templates (elsewhere `mailwright-cli policy templates`
#                              writes them), else empty
#   MW_SRC_ALL                 every file above that a compiler compiles (*.cpp)
function(mw_platform_sources platform)
    set(all)
    file(GLOB entries LIST_DIRECTORIES true "${MW_SOURCE_ROOT}/core/*")
    set(layers)
    foreach(entry IN LISTS entries)
        if(IS_DIRECTORY "${entry}")
            get_filename_component(layer "${entry}" NAME)
            list(APPEND layers ${layer})
            mw_platform_glob(files ${platform} core/${layer}/*.cpp core/${layer}/*.h)
            set(MW_SRC_LAYER_${layer} ${files} PARENT_SCOPE)
            list(APPEND all ${files})
        endif()
    endforeach()
    set(MW_SRC_LAYERS ${layers} PARENT_SCOPE)

    set(groups QT_LOADERS TLS_MODULE SASL_MODULE KEYCHAIN_MODULE ARCHIVE_MODULE UI CLI GUI POLICY_TOOL)
    set(QT_LOADERS "${MW_SOURCE_ROOT}/core/QtLoaders.cpp")
    set(TLS_MODULE)
    if(platform STREQUAL "unix")
        set(TLS_MODULE "${MW_SOURCE_ROOT}/core/protocol/tls/TlsModule.cpp"
            "${MW_SOURCE_ROOT}/core/protocol/TlsModule.h")
    endif()
    set(SASL_MODULE "${MW_SOURCE_ROOT}/core/protocol/sasl/SaslModule.cpp"
        "${MW_SOURCE_ROOT}/core/protocol/SaslModule.h")
    set(KEYCHAIN_MODULE "${MW_SOURCE_ROOT}/core/settings/keychain/KeychainModule.cpp"
        "${MW_SOURCE_ROOT}/core/settings/KeychainModule.h")
    set(ARCHIVE_MODULE "${MW_SOURCE_ROOT}/core/support/archive/ArchiveModule.cpp"
        "${MW_SOURCE_ROOT}/core/support/ArchiveModule.h"
        "${MW_SOURCE_ROOT}/core/support/BundleArchive.h")
    mw_platform_glob(UI ${platform} ui/*.cpp ui/*.h ui/*.ui)
    mw_platform_glob(CLI ${platform} app/cli/*.cpp app/cli/*.h)
    mw_platform_glob(GUI ${platform} app/gui/*.cpp)
    set(POLICY_TOOL)
    if(platform STREQUAL "unix")
        set(POLICY_TOOL "${MW_SOURCE_ROOT}/installer/policy/write-policy-templates.cpp")
    endif()
    foreach(group IN LISTS groups)
        set(MW_SRC_${group} ${${group}} PARENT_SCOPE)
        list(APPEND all ${${group}})
    endforeach()
    list(FILTER all INCLUDE REGEX "\\.cpp$")
    list(SORT all)
    set(MW_SRC_ALL ${all} PARENT_SCOPE)
endfunction()

# The definitions of every target the project defines (mailwright_strict): Qt's stricter
# string and connection rules, and the two versions (the project's and QtKeychain's; "0"
# where they are not known, in script mode).
function(mw_project_definitions out)
    set(version "${PROJECT_VERSION}")
    set(keychain "${Qt6Keychain_VERSION}")
    foreach(var version keychain)
        if("${${var}}" STREQUAL "")
            set(${var} 0)
        endif()
    endforeach()
    set(${out} QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CONTEXTLESS_CONNECT
        QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
        "MAILWRIGHT_VERSION=\"${version}\"" "MAILWRIGHT_KEYCHAIN_VERSION=\"${keychain}\""
        PARENT_SCOPE)
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    if(NOT MW_LIST_PLATFORM IN_LIST MW_PLATFORMS)
        message(FATAL_ERROR "cmake -DMW_LIST_PLATFORM=<${MW_PLATFORMS}> -P ${CMAKE_CURRENT_LIST_FILE}")
    endif()
    mw_platform_sources(${MW_LIST_PLATFORM})
    mw_project_definitions(definitions)
    set(lines)
    foreach(file IN LISTS MW_SRC_ALL)
        file(RELATIVE_PATH file "${MW_SOURCE_ROOT}" "${file}")
        string(APPEND lines "${file}\n")
    endforeach()
    foreach(definition IN LISTS definitions)
        string(APPEND lines "-D${definition}\n")
    endforeach()
    # To standard output (message() writes to standard error).
    execute_process(COMMAND ${CMAKE_COMMAND} -E echo_append "${lines}")
endif()
