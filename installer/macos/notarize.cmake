# SPDX-License-Identifier: GPL-3.0-or-later
# CPack post-build hook (macOS): submits the DMG to Apple's notary service and staples
# the ticket. Runs only when MAILWRIGHT_NOTARY_PROFILE names a notarytool keychain profile
# (created in the release workflow with `xcrun notarytool store-credentials`).
if(NOT DEFINED ENV{MAILWRIGHT_NOTARY_PROFILE} OR "$ENV{MAILWRIGHT_NOTARY_PROFILE}" STREQUAL "")
    message(STATUS "macOS notarisation skipped: MAILWRIGHT_NOTARY_PROFILE is not set")
    return()
endif()
foreach(dmg IN LISTS CPACK_PACKAGE_FILES)
    execute_process(COMMAND xcrun notarytool submit "${dmg}"
                            --keychain-profile "$ENV{MAILWRIGHT_NOTARY_PROFILE}" --wait
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "notarisation failed for ${dmg}")
    endif()
    execute_process(COMMAND xcrun stapler staple "${dmg}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "stapling failed for ${dmg}")
    endif()
endforeach()
