# SPDX-License-Identifier: GPL-3.0-or-later
# The translations of Handler Desk (see translations/README.md), included by core/CMakeLists.txt:
# lrelease makes the .qm files at build time and they are embedded in hdcore (":/i18n/…"), which
# both programs link, so a build tree and an installed program find them alike.
# `cmake --build <dir> --target update_translations` (or scripts/update-translations.sh) runs
# lupdate over core/, ui/ and app/ into the .ts files. tests/unit/tst_translations runs lupdate
# with the same options and fails on a text without a finished translation.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

set(HD_TS_FILES ${PROJECT_SOURCE_DIR}/translations/handlerdesk_de.ts)
# One list of options for the update target, scripts/update-translations.sh and the test.
file(READ ${PROJECT_SOURCE_DIR}/translations/lupdate-options.txt _hd_lupdate_options)
separate_arguments(HD_LUPDATE_OPTIONS UNIX_COMMAND "${_hd_lupdate_options}")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             ${PROJECT_SOURCE_DIR}/translations/lupdate-options.txt)
file(GLOB_RECURSE HD_TRANSLATED_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)

qt_add_translations(hdcore
    TS_FILES ${HD_TS_FILES}
    SOURCES ${HD_TRANSLATED_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}
    LUPDATE_OPTIONS ${HD_LUPDATE_OPTIONS}
    LRELEASE_OPTIONS -nounfinished)
