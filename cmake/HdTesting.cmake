# SPDX-License-Identifier: GPL-3.0-or-later
# hd_add_test(<name> SOURCES <files…> LIBS <targets…> LABEL unit|ui|e2e [FIXTURES <fixtures…>])
# One Qt Test executable per test file, run headless (QT_QPA_PLATFORM=offscreen). A source that
# does not exist stops the configure; every source is recorded for hd_check_test_registration().
function(hd_add_test name)
    cmake_parse_arguments(ARG "" "LABEL" "SOURCES;LIBS;FIXTURES;ENVIRONMENT" ${ARGN})
    if(NOT ARG_SOURCES)
        set(ARG_SOURCES ${name}.cpp)
    endif()
    foreach(source IN LISTS ARG_SOURCES)
        get_filename_component(path ${source} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
        if(NOT EXISTS ${path})
            message(FATAL_ERROR "Test ${name}: its source ${source} does not exist (${path}).")
        endif()
        set_property(GLOBAL APPEND PROPERTY HD_TEST_SOURCES ${path})
    endforeach()
    if(NOT ARG_LABEL)
        set(ARG_LABEL unit)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    if(HD_SANITIZE)
        # The script sets the sanitizers' options and fails the test on a report of any process
        # the test started; ASan makes everything slower, and the timeout grows with it.
        add_test(NAME ${name} COMMAND ${PROJECT_SOURCE_DIR}/tests/sanitizers/asan-test.sh
                                      $<TARGET_FILE:${name}>)
        set(timeout 900)
    else()
        add_test(NAME ${name} COMMAND ${name})
        set(timeout 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS ${ARG_LABEL}
        TIMEOUT ${timeout}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HD_TEST_DATA=${CMAKE_CURRENT_SOURCE_DIR}/data;CUPISIM_BIN=$<TARGET_FILE:cupi-sim>;HANDLERCTL_BIN=$<$<TARGET_EXISTS:handlerctl>:$<TARGET_FILE:handlerctl>>;${ARG_ENVIRONMENT}")
    if(ARG_FIXTURES)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES}")
    endif()
endfunction()

# hd_check_test_registration(<folder>…)
# Stops the configure when a tst_*.cpp in one of the folders (or below) is the source of no
# hd_add_test(), so a lost or forgotten registration cannot drop tests silently. The glob is
# checked again at build time: a new unregistered file fails the next build.
function(hd_check_test_registration)
    get_property(registered GLOBAL PROPERTY HD_TEST_SOURCES)
    set(unregistered)
    foreach(folder IN LISTS ARGN)
        file(GLOB_RECURSE found CONFIGURE_DEPENDS ${folder}/tst_*.cpp)
        foreach(file IN LISTS found)
            if(NOT file IN_LIST registered)
                file(RELATIVE_PATH shown ${PROJECT_SOURCE_DIR} ${file})
                list(APPEND unregistered ${shown})
            endif()
        endforeach()
    endforeach()
    if(unregistered)
        list(JOIN unregistered "\n  " text)
        message(FATAL_ERROR "These test files are built by no test; register each with "
                            "hd_add_test() in its folder's .cmake file:\n  ${text}")
    endif()
endfunction()
