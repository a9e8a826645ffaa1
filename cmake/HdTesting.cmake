# SPDX-License-Identifier: GPL-3.0-or-later
# hd_add_test(<name> SOURCES <files…> LIBS <targets…> LABEL unit|ui|e2e [FIXTURES <fixtures…>])
# One Qt Test executable per test file, run headless (QT_QPA_PLATFORM=offscreen).
function(hd_add_test name)
    cmake_parse_arguments(ARG "" "LABEL" "SOURCES;LIBS;FIXTURES;ENVIRONMENT" ${ARGN})
    if(NOT ARG_SOURCES)
        set(ARG_SOURCES ${name}.cpp)
    endif()
    if(NOT ARG_LABEL)
        set(ARG_LABEL unit)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        LABELS ${ARG_LABEL}
        TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HD_TEST_DATA=${CMAKE_CURRENT_SOURCE_DIR}/data;CUPISIM_BIN=$<TARGET_FILE:cupi-sim>;HANDLERCTL_BIN=$<$<TARGET_EXISTS:handlerctl>:$<TARGET_FILE:handlerctl>>;${ARG_ENVIRONMENT}")
    if(ARG_FIXTURES)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES}")
    endif()
endfunction()
