# SPDX-License-Identifier: GPL-3.0-or-later
# CPack pre-build hook (macOS): signs the staged bundle with the hardened runtime before
# it goes into the DMG. Runs only when the release workflow sets MAILWRIGHT_SIGN_IDENTITY
# (a "Developer ID Application: ..." identity imported into a temporary keychain).
# An unsigned DMG is still built otherwise (for testing; Gatekeeper will warn).
if(NOT DEFINED ENV{MAILWRIGHT_SIGN_IDENTITY} OR "$ENV{MAILWRIGHT_SIGN_IDENTITY}" STREQUAL "")
    message(STATUS "macOS signing skipped: MAILWRIGHT_SIGN_IDENTITY is not set")
    return()
endif()
file(GLOB_RECURSE bundles LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.app")
foreach(app IN LISTS bundles)
    if(IS_DIRECTORY "${app}" AND app MATCHES "mailwright\\.app$")
        execute_process(
            COMMAND codesign --force --deep --options runtime --timestamp
                    --sign "$ENV{MAILWRIGHT_SIGN_IDENTITY}" "${app}"
            RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "codesign failed for ${app}")
        endif()
        execute_process(COMMAND codesign --verify --strict --verbose=2 "${app}" RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "codesign --verify failed for ${app}")
        endif()
    endif()
endforeach()
