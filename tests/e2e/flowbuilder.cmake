# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 12: the call-flow graph built from a real cupi-sim (CallFlowBuilder).
hd_add_test(tst_flowbuild SOURCES tst_flowbuild.cpp ../unit/tst_models_sim.h
            LIBS hdcore LABEL e2e)
target_include_directories(tst_flowbuild PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../unit)
add_dependencies(tst_flowbuild cupi-sim)
