# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 12 end to end: re-pointing in core, and handlerctl's call-flow commands, against cupi-sim.
hd_add_test(tst_flowrepoint_e2e SOURCES tst_flowrepoint_e2e.cpp ../unit/tst_models_sim.h
            LIBS hdcore LABEL e2e)
target_include_directories(tst_flowrepoint_e2e PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../unit)
add_dependencies(tst_flowrepoint_e2e cupi-sim)
if(TARGET handlerctl)
    hd_add_test(tst_handlerctl_flow SOURCES tst_handlerctl_flow.cpp ../unit/tst_models_sim.h
                LIBS hdcore LABEL e2e)
    target_include_directories(tst_handlerctl_flow PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../unit)
    add_dependencies(tst_handlerctl_flow handlerctl cupi-sim)
    hd_add_test(tst_handlerctl_path SOURCES tst_handlerctl_path.cpp ../unit/tst_models_sim.h
                LIBS hdcore LABEL e2e)
    target_include_directories(tst_handlerctl_path PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../unit)
    add_dependencies(tst_handlerctl_path handlerctl cupi-sim)
endif()
hd_add_test(tst_flowpath SOURCES tst_flowpath.cpp ../unit/tst_models_sim.h LIBS hdcore LABEL e2e)
target_include_directories(tst_flowpath PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../unit)
add_dependencies(tst_flowpath cupi-sim)
