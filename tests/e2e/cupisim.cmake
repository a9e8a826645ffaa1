# SPDX-License-Identifier: GPL-3.0-or-later
# Conformance of cupi-sim with the CUPI documentation; Qt only (no Handler Desk library).
hd_add_test(tst_cupisim_conformance
    SOURCES tst_cupisim_conformance.cpp tst_cupisim_support.cpp tst_cupisim_support.h
    LIBS Qt6::Network
    LABEL e2e)
add_dependencies(tst_cupisim_conformance cupi-sim)
hd_add_test(tst_cupisim_sessions
    SOURCES tst_cupisim_sessions.cpp tst_cupisim_support.cpp tst_cupisim_support.h
    LIBS Qt6::Network
    LABEL e2e)
add_dependencies(tst_cupisim_sessions cupi-sim)
